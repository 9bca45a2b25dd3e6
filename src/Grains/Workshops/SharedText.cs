using System.Collections.Immutable;

namespace Recovery.Grains.Workshops;

/// <summary>An edit as the server applied it, with the workshop revision it made.</summary>
[GenerateSerializer, Immutable, Alias("workshop.revised-edit")]
public sealed record RevisedEdit([property: Id(0)] long Revision, [property: Id(1)] TextOperation Operation);

/// <summary>
/// One co-edited text (an item's title or description) with the server as the single sequencer.
/// An edit names the workshop revision it was made on; it is transformed past every edit of this
/// text applied since, in server order, so the ones applied first win ties. Only the latest
/// <see cref="Remembered"/> edits are kept, and none older than the workshop's latest
/// <see cref="Window"/> revisions once the room has moved on (see <see cref="ForgetThrough"/>): an
/// edit made on an older revision must catch up first.
/// </summary>
[GenerateSerializer, Immutable, Alias("workshop.shared-text")]
public sealed record SharedText(
    [property: Id(0)] string Text,
    [property: Id(1)] ImmutableList<RevisedEdit> Recent,
    [property: Id(2)] long ForgottenThrough)
{
    public const int Remembered = 500;

    /// <summary>
    /// An edit may always be made on any of the latest this many revisions of the workshop. Bounding by
    /// the workshop's revisions rather than only per text keeps the state (and its snapshot) the same
    /// size however many texts the room has edited over its life.
    /// </summary>
    public const int Window = 1000;

    public static SharedText Of(string text) => new(text, [], 0);

    /// <summary>The edit made on <paramref name="baseRevision"/>, rewritten to apply to the text as it is now.</summary>
    public TextOperation Rebase(TextOperation edit, long baseRevision, int maxLength)
    {
        if (baseRevision < ForgottenThrough)
            throw RuleViolation.Stale("Ændringen bygger på en for gammel udgave af teksten. Hent det nyeste, og send den igen.");
        // From the newest back: an edit is nearly always based on one of the last few revisions.
        var first = Recent.Count;
        while (first > 0 && Recent[first - 1].Revision > baseRevision) first--;
        var since = Recent.GetRange(first, Recent.Count - first);
        var lengthThen = since.Count > 0 ? since[0].Operation.BaseLength : Text.Length;
        if (edit.BaseLength != lengthThen)
            throw RuleViolation.Invalid("Ændringen passer ikke til teksten på den angivne revision.");
        var rebased = since.Aggregate(edit, (op, applied) => TextOperation.Transform(applied.Operation, op).BPrime);
        if (rebased.TargetLength > maxLength)
            throw RuleViolation.Invalid($"Teksten må højst være {maxLength} tegn.");
        return rebased;
    }

    public SharedText Apply(TextOperation applied, long revision)
    {
        var recent = Recent.Add(new RevisedEdit(revision, applied));
        var forgotten = ForgottenThrough;
        if (recent.Count > Remembered)
        {
            forgotten = recent[0].Revision;
            recent = recent.RemoveAt(0);
        }
        return new SharedText(applied.Apply(Text), recent, forgotten);
    }

    /// <summary>The text without the edits made at or before <paramref name="revision"/>; itself when it has none.</summary>
    public SharedText ForgetThrough(long revision)
    {
        var count = 0;
        while (count < Recent.Count && Recent[count].Revision <= revision) count++;
        return count == 0 ? this : new SharedText(Text, Recent.RemoveRange(0, count), Recent[count - 1].Revision);
    }
}
