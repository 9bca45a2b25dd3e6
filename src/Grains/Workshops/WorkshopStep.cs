namespace Recovery.Grains.Workshops;

/// <summary>
/// One sequenced change: its revision, who proposed it (a person id or a guest's workshop-local
/// id; none for what the server does itself or for an anonymous dot) and their own id for it.
/// </summary>
[GenerateSerializer, Immutable, Alias("workshop.step")]
public sealed record WorkshopStep(
    [property: Id(0)] long Revision,
    [property: Id(1)] string? Author,
    [property: Id(2)] string? OpId,
    [property: Id(3)] WorkshopEvent Event)
{
    /// <summary>The step as others may see it: an anonymous dot names no voter.</summary>
    public WorkshopStep ForOthers() =>
        Event is WorkshopDotCast { Anonymous: true } dot ? this with { Author = null, Event = dot with { Voter = null } } : this;
}
