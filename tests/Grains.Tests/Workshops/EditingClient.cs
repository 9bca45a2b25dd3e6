using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// A participant's screen as docs/workshops.md prescribes: steps applied strictly in revision order
/// (later ones held until the gap closes), per text at most one outstanding edit plus a composed
/// buffer, one's own step recognised by op id, and other people's edits transformed past both
/// before they are shown. The browser client follows the same rules.
/// </summary>
internal sealed class EditingClient(string participant, string item, long revision, IReadOnlyDictionary<string, string> texts)
{
    private sealed class Replica(string text)
    {
        public string Text = text;
        public (string Id, TextOperation Op)? Outstanding;
        public TextOperation? Buffer;
    }

    private readonly Dictionary<string, Replica> replicas = texts.ToDictionary(t => t.Key, t => new Replica(t.Value));
    private readonly SortedDictionary<long, WorkshopStep> ahead = [];
    private int proposals;

    public string Participant { get; } = participant;
    public long Revision { get; private set; } = revision;
    public bool Online { get; private set; } = true;

    public string Text(string field) => replicas[field].Text;

    /// <summary>Nothing typed is still waiting for the server.</summary>
    public bool Settled => replicas.Values.All(r => r.Outstanding is null && r.Buffer is null);

    /// <summary>Shown at once; sent when nothing of this text is outstanding and the connection is up.</summary>
    public IEnumerable<Proposal> Type(string field, TextOperation edit)
    {
        var replica = replicas[field];
        replica.Text = edit.Apply(replica.Text);
        if (replica.Outstanding is not null)
        {
            replica.Buffer = replica.Buffer?.Compose(edit) ?? edit;
            return [];
        }
        replica.Outstanding = ($"{Participant}-{++proposals}", edit);
        return Online ? [Proposal(field, replica)] : [];
    }

    public IEnumerable<Proposal> Receive(WorkshopStep step)
    {
        if (step.Revision <= Revision) return [];
        ahead[step.Revision] = step;
        var sends = new List<Proposal>();
        while (ahead.Remove(Revision + 1, out var next)) sends.AddRange(Apply(next));
        return sends;
    }

    public void Disconnect() => Online = false;

    /// <summary>Applies the steps missed while away, then sends every outstanding edit again with its own id.</summary>
    public IEnumerable<Proposal> Reconnect(IEnumerable<WorkshopStep> missed)
    {
        foreach (var step in missed) Receive(step);
        Online = true;
        return [.. replicas.Where(r => r.Value.Outstanding is not null).Select(r => Proposal(r.Key, r.Value))];
    }

    private IEnumerable<Proposal> Apply(WorkshopStep step)
    {
        Revision = step.Revision;
        if (step.Event is not WorkshopTextEdited edit || edit.Item != item || !replicas.TryGetValue(edit.Field, out var replica)) return [];
        if (step.Author == Participant && step.OpId == replica.Outstanding?.Id)
        {
            replica.Outstanding = null;
            if (replica.Buffer is null) return [];
            replica.Outstanding = ($"{Participant}-{++proposals}", replica.Buffer);
            replica.Buffer = null;
            return Online ? [Proposal(edit.Field, replica)] : [];
        }
        // The server's edit wins ties, as it did when the server rebased our outstanding edit past it.
        var applied = edit.Op;
        if (replica.Outstanding is var (id, outstanding))
        {
            (applied, outstanding) = TextOperation.Transform(applied, outstanding);
            replica.Outstanding = (id, outstanding);
        }
        if (replica.Buffer is not null) (applied, replica.Buffer) = TextOperation.Transform(applied, replica.Buffer);
        replica.Text = applied.Apply(replica.Text);
        return [];
    }

    private Proposal Proposal(string field, Replica replica) =>
        new(replica.Outstanding!.Value.Id, Revision, new EditText(item, field, replica.Outstanding.Value.Op));
}
