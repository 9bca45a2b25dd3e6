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
    [property: Id(4)] string? Scope = null)
{
    private const string Key = "recovery.caller";

    public bool IsNationalCoordinator => Role == Role.NationalCoordinator;

    public bool Governs => Role is Role.Tovholder or Role.StrategicLeader;

    /// <summary>Text written by a citizen or a relative is theirs: outsiders see it only if the municipality shares it.</summary>
    public bool WritesAsCitizen => Role is Role.Citizen or Role.Relative;

    /// <summary>
    /// A token scoped to one grain (a workshop guest's workshop, a citizen's own record by personal
    /// code) opens that grain's <see cref="Access.Participate"/> methods and nothing else.
    /// </summary>
    public bool IsScoped => Role == Role.Guest || Scope is not null;

    public static Caller? Current => RequestContext.Get(Key) as Caller;

    /// <summary>Makes this caller the one every grain call from the current async flow carries.</summary>
    public void Enter() => RequestContext.Set(Key, this);
}
