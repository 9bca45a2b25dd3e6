using Marten;
using Recovery.Grains.Live;

namespace Recovery.Grains.Municipalities;

internal sealed class MunicipalityGrain(IDocumentStore store) : Grain, IMunicipalityGrain
{
    private EventStream<MunicipalityState, MunicipalityEvent> stream = null!;

    private string Code => this.GetPrimaryKeyString();
    private string StreamKey => $"municipality:{Code}";

    public override Task OnActivateAsync(CancellationToken ct)
    {
        if (!MunicipalityCatalog.Exists(Code))
            throw RuleViolation.NotFound($"Kommunekoden {Code} findes ikke.");
        stream = new(store, Code, StreamKey, MunicipalityState.Initial, MunicipalityDecider.Evolve);
        return stream.Load(ct);
    }

    public Task<MunicipalityState> State() => Task.FromResult(stream.State);

    public async Task<long> RegisterGroup(RegisterGroup command)
    {
        var events = MunicipalityDecider.Decide(command, stream.State);
        var stored = await stream.Append(events, Caller.Current!, CancellationToken.None);
        await GrainFactory.Notify(Code, StreamKey, stream.Version, stored);
        return stream.Version;
    }
}
