using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;

namespace Recovery.Grains.Staircase;

/// <summary>Reentrant so that several people entering figures at once share a commit (see <see cref="CommandQueue{TState,TEvent,TCommand}"/>).</summary>
[Reentrant]
internal sealed class StaircaseGrain(IDocumentStore store, TimeProvider clock, ILogger<StaircaseGrain> logger) : Grain, IStaircaseGrain
{
    private EventStream<StaircaseState, StaircaseEvent> stream = null!;
    private CommandQueue<StaircaseState, StaircaseEvent, StaircaseCommand> commands = null!;

    private string Municipality => TenantKeys.Tenant(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken ct)
    {
        if (!StaircaseKeys.IsGrain(this.GetPrimaryKeyString())) throw RuleViolation.NotFound("Indsatstrappen findes ikke.");
        var key = StaircaseKeys.Stream(Municipality);
        stream = new(store, Municipality, key, StaircaseState.Initial, StaircaseDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => StaircaseDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            stored => GrainFactory.Notify(Municipality, key, stream.Version, stored),
            logger);
        return stream.Load(ct);
    }

    public Task<StaircaseView> View() => Task.FromResult(StaircaseView.Of(stream.State, stream.Version));

    public Task<long> AddStep(AddStep command) => Execute(command);

    public Task<long> RenameStep(RenameStep command) => Execute(command);

    public Task<long> MoveStep(MoveStep command) => Execute(command);

    public Task<long> RemoveStep(RemoveStep command) => Execute(command);

    public Task<long> SetCount(SetStepCount command) => Execute(command);

    public Task<long> ImportCounts(ImportStepCounts command) => Execute(command);

    public Task<long> RecordMovement(RecordMovement command) => Execute(command);

    public Task<long> SetKeyFigures(SetKeyFigures command) => Execute(command);

    public Task<long> SetExpenditure(SetExpenditure command) => Execute(command);

    private Task<long> Execute(StaircaseCommand command) => commands.Submit(command, Caller.Current!);
}
