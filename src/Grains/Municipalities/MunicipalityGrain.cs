using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;

namespace Recovery.Grains.Municipalities;

[Reentrant]
internal sealed class MunicipalityGrain(IDocumentStore store, ILogger<MunicipalityGrain> logger) : Grain, IMunicipalityGrain
{
    private EventStream<MunicipalityState, MunicipalityEvent> stream = null!;
    private CommandQueue<MunicipalityState, MunicipalityEvent, MunicipalityCommand> commands = null!;

    private string Code => this.GetPrimaryKeyString();
    private string StreamKey => $"municipality:{Code}";

    public override Task OnActivateAsync(CancellationToken ct)
    {
        if (!MunicipalityCatalog.Exists(Code))
            throw RuleViolation.NotFound($"Kommunekoden {Code} findes ikke.");
        stream = new(store, Code, StreamKey, MunicipalityState.Initial, MunicipalityDecider.Evolve);
        commands = new(stream, (command, state, _) => MunicipalityDecider.Decide(command, state),
            stored => GrainFactory.Notify(Code, StreamKey, stream.Version, stored), logger);
        return stream.Load(ct);
    }

    public Task<MunicipalityState> State() => Task.FromResult(stream.State);

    public Task<long> RegisterGroup(RegisterGroup command) => commands.Submit(command, Caller.Current!);
}
