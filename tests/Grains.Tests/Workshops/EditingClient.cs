using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// A participant's screen as the protocol expects it: at most one edit waiting for the server's
/// acknowledgement, later typing buffered and composed, and other people's edits transformed past
/// both before they are shown. The browser client follows the same rules.
/// </summary>
internal sealed class EditingClient(string name, Action<EditingClient, string, int, TextOperation> send)
{
    private TextOperation? outstanding;
    private TextOperation? buffer;
    private int editCount;

    public string Name { get; } = name;
    public string Text { get; private set; } = "";
    public int Revision { get; private set; }

    public void Type(TextOperation edit)
    {
        Text = edit.Apply(Text);
        if (outstanding is null) Send(edit);
        else buffer = buffer is null ? edit : buffer.Compose(edit);
    }

    public void Acknowledged(int revision)
    {
        Revision = revision;
        outstanding = null;
        if (buffer is not null)
        {
            var next = buffer;
            buffer = null;
            Send(next);
        }
    }

    /// <summary>Someone else's edit, as the server applied it at <paramref name="revision"/>.</summary>
    public void Received(TextOperation applied, int revision)
    {
        Revision = revision;
        if (outstanding is not null) (applied, outstanding) = TextOperation.Transform(applied, outstanding);
        if (buffer is not null) (applied, buffer) = TextOperation.Transform(applied, buffer);
        Text = applied.Apply(Text);
    }

    private void Send(TextOperation edit)
    {
        outstanding = edit;
        send(this, $"{Name}-{++editCount}", Revision, edit);
    }
}
