namespace Recovery.Grains.Assessments;

/// <summary>One temperature round (<i>temperaturmåling</i>) of a municipality, keyed <c>657/temperature/{id}</c>. Commands return the new stream version.</summary>
[Alias("recovery.temperature-round")]
public interface ITemperatureRoundGrain : ITenantGrain
{
    [Requires(Access.Read), Alias("view")]
    Task<TemperatureRoundView> View();

    [Requires(Access.Govern), Alias("open")]
    Task<long> Open(OpenRound command);

    /// <summary>Anyone in the municipality may call; the decider admits only the round's chosen respondents.</summary>
    [Requires(Access.Contribute), Alias("respond")]
    Task<long> Respond(Respond command);

    [Requires(Access.Govern), Alias("close")]
    Task<long> Close();

    [Requires(Access.Govern), Alias("reflect")]
    Task<long> Reflect(Reflect command);
}
