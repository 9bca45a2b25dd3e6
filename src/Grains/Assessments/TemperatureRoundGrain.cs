using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;

namespace Recovery.Grains.Assessments;

/// <summary>Reentrant so that answers arriving during a commit share the next one: a workshop's respondents answer at once.</summary>
[Reentrant]
internal sealed class TemperatureRoundGrain(IDocumentStore store, TimeProvider clock, ILogger<TemperatureRoundGrain> logger)
    : Grain, ITemperatureRoundGrain
{
    private EventStream<TemperatureRoundState, TemperatureRoundEvent> stream = null!;
    private CommandQueue<TemperatureRoundState, TemperatureRoundEvent, TemperatureRoundCommand> commands = null!;

    private string Municipality => TenantKeys.Tenant(this.GetPrimaryKeyString());
    private string StreamKey => TemperatureRoundKeys.Stream(Municipality, TemperatureRoundKeys.RoundId(this.GetPrimaryKeyString()));

    public override Task OnActivateAsync(CancellationToken ct)
    {
        Identifier.Valid(TemperatureRoundKeys.RoundId(this.GetPrimaryKeyString()));
        stream = new(store, Municipality, StreamKey, TemperatureRoundState.Initial, TemperatureRoundDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => TemperatureRoundDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            stored => GrainFactory.Notify(Municipality, StreamKey, stream.Version, stored),
            logger);
        return stream.Load(ct);
    }

    public Task<TemperatureRoundView> View() =>
        Task.FromResult(TemperatureRoundView.Of(stream.State, stream.Version, Caller.Current?.PersonId));

    public Task<long> Open(OpenRound command) => Execute(command);

    public Task<long> Respond(Respond command) => Execute(command);

    /// <summary>The previous results are read before queueing: a closed round's results never change afterwards.</summary>
    public async Task<long> Close()
    {
        await using var session = store.QuerySession(Municipality);
        var previous = await session.Query<TemperatureRoundSummary>()
            .Where(r => r.ClosedAt != null && r.Id != StreamKey)
            .OrderByDescending(r => r.ClosedAt)
            .FirstOrDefaultAsync();
        return await Execute(new CloseRound(previous?.Results ?? []));
    }

    public Task<long> Reflect(Reflect command) => Execute(command);

    private Task<long> Execute(TemperatureRoundCommand command) => commands.Submit(command, Caller.Current!);
}
