using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>An edit the server has applied: who sent it, their own id for it, and the operation as applied.</summary>
[GenerateSerializer, Immutable, Alias("text.applied-edit")]
public sealed record AppliedEdit(
    [property: Id(0)] string ClientEditId,
    [property: Id(1)] string Author,
    [property: Id(2)] TextOperation Operation);

/// <summary>The answer to an edit: the operation as applied (to broadcast) and the revision it made.</summary>
[GenerateSerializer, Immutable, Alias("text.receipt")]
public sealed record EditReceipt([property: Id(0)] TextOperation Applied, [property: Id(1)] int Revision, [property: Id(2)] bool Duplicate);

/// <summary>
/// One text that several people edit at once, with the server as the single sequencer. An edit
/// names the revision it was made on; the server transforms it past every edit applied since, in
/// server order, applies it and gives it the next revision. Resending an edit (same client edit id)
/// after a lost acknowledgement returns its original revision and changes nothing.
/// </summary>
[GenerateSerializer, Immutable, Alias("text.shared")]
public sealed record SharedText([property: Id(0)] string Text, [property: Id(1)] ImmutableList<AppliedEdit> History)
{
    public const int MaxLength = FreeText.LongTextMax;

    public static SharedText Empty { get; } = new("", []);

    public int Revision => History.Count;

    public (SharedText Next, EditReceipt Receipt) Receive(string clientEditId, string author, int baseRevision, TextOperation edit)
    {
        var earlier = History.FindIndex(h => h.ClientEditId == clientEditId && h.Author == author);
        if (earlier >= 0) return (this, new EditReceipt(History[earlier].Operation, earlier + 1, Duplicate: true));
        if (baseRevision < 0 || baseRevision > Revision)
            throw RuleViolation.Invalid($"Revision {baseRevision} findes ikke; teksten er på revision {Revision}.");

        var lengthThen = baseRevision == Revision ? Text.Length : History[baseRevision].Operation.BaseLength;
        if (edit.BaseLength != lengthThen)
            throw RuleViolation.Invalid("Ændringen passer ikke til teksten på den angivne revision.");
        // Edits applied since the author's revision came first, so they win ties (see TextOperation.Transform).
        var transformed = History.Skip(baseRevision).Aggregate(edit, (op, applied) => TextOperation.Transform(applied.Operation, op).BPrime);
        if (transformed.TargetLength > MaxLength)
            throw RuleViolation.Invalid($"Teksten må højst være {MaxLength} tegn.");

        var next = new SharedText(transformed.Apply(Text), History.Add(new AppliedEdit(clientEditId, author, transformed)));
        return (next, new EditReceipt(transformed, next.Revision, Duplicate: false));
    }
}
