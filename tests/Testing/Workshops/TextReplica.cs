using System.Security.Cryptography;
using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

/// <summary>An edit on its way: sent (outstanding) or still being typed (buffer).</summary>
public sealed record Pending(string Id, TextOperation Op, long FirstTypedAt, int Keystrokes);

/// <summary>
/// One participant's copy of the shared text, kept as docs/workshops.md tells clients to: at most one
/// outstanding operation, everything typed since composed into one buffer, and others' steps
/// transformed past both (the server's operation first, so it wins a tie, as it did on the server).
/// Not thread-safe: the client holds its lock around every call.
/// </summary>
public sealed class TextReplica
{
    public string Text { get; private set; } = "";

    public Pending? Outstanding { get; private set; }

    public Pending? Buffer { get; private set; }

    public bool Idle => Outstanding is null && Buffer is null;

    /// <summary>
    /// A snapshot replaces the text. Anything still unconfirmed was typed on a text the server no longer
    /// has (it forgot steps the client had seen), so it cannot be applied to the snapshot and is dropped.
    /// </summary>
    public void Reset(string text) => (Text, Outstanding, Buffer) = (text, null, null);

    /// <returns>The edit to submit now, or null when it waits in the buffer behind the outstanding one.</returns>
    public Pending? Type(TextOperation keystroke, long typedAt)
    {
        Text = keystroke.Apply(Text);
        if (Outstanding is null) return Outstanding = new Pending(NewId(), keystroke, typedAt, 1);
        Buffer = Buffer is null
            ? new Pending("", keystroke, typedAt, 1)
            : Buffer with { Op = Buffer.Op.Compose(keystroke), Keystrokes = Buffer.Keystrokes + 1 };
        return null;
    }

    /// <summary>The outstanding edit came back as a step of one's own.</summary>
    /// <returns>The buffer, now outstanding and to be submitted, or null.</returns>
    public Pending? Confirm()
    {
        Outstanding = Buffer is null ? null : Buffer with { Id = NewId() };
        Buffer = null;
        return Outstanding;
    }

    /// <summary>Another participant's step, as the server applied it.</summary>
    public void Receive(TextOperation applied)
    {
        if (Outstanding is { } outstanding)
        {
            (applied, var rebased) = TextOperation.Transform(applied, outstanding.Op);
            Outstanding = outstanding with { Op = rebased };
        }
        if (Buffer is { } buffer)
        {
            (applied, var rebased) = TextOperation.Transform(applied, buffer.Op);
            Buffer = buffer with { Op = rebased };
        }
        Text = applied.Apply(Text);
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
}
