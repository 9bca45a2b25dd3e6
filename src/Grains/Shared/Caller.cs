namespace Recovery.Grains.Shared;

/// <summary>
/// Who is calling: set by the API edge in Orleans <see cref="Orleans.Runtime.RequestContext"/>,
/// read by the grain call filter and by grains as the actor of the events they append.
/// </summary>
[GenerateSerializer, Immutable, Alias("recovery.caller")]
public sealed record Caller(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string? Municipality,
    [property: Id(2)] Role Role,
    [property: Id(3)] string? CorrelationId = null,
    [property: Id(4)] string? Workshop = null)
{
    private const string Key = "recovery.caller";

    public bool IsNationalCoordinator => Role == Role.NationalCoordinator;

    public bool Governs => Role is Role.Tovholder or Role.StrategicLeader;

    /// <summary>Text written by a citizen or a relative is theirs: outsiders see it only if the municipality shares it.</summary>
    public bool WritesAsCitizen => Role is Role.Citizen or Role.Relative;

    /// <summary>A guest's token names the one workshop (grain key) it admits to; it opens nothing else.</summary>
    public bool IsGuest => Role == Role.Guest || Workshop is not null;

    public static Caller? Current => RequestContext.Get(Key) as Caller;

    /// <summary>Makes this caller the one every grain call from the current async flow carries.</summary>
    public void Enter() => RequestContext.Set(Key, this);
}
