namespace Recovery.Grains.Municipalities;

/// <summary>A municipality taking part in the restructuring; keyed by its official code (<c>657</c>).</summary>
[Alias("recovery.municipality-grain")]
public interface IMunicipalityGrain : ITenantGrain
{
    [Requires(Access.Read), Alias("state")]
    Task<MunicipalityState> State();

    [Requires(Access.Govern), Alias("register-group")]
    Task<long> RegisterGroup(RegisterGroup command);
}
