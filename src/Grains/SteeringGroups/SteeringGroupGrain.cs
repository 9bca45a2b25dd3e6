using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Grains.SteeringGroups;

/// <summary>Reentrant so that commands arriving during a commit can share the next one (see <see cref="CommandQueue{TState,TEvent,TCommand}"/>).</summary>
[Reentrant]
internal sealed class SteeringGroupGrain(IDocumentStore store, TimeProvider clock, ILogger<SteeringGroupGrain> logger) : Grain, ISteeringGroupGrain
{
    private EventStream<SteeringGroupState, SteeringGroupEvent> stream = null!;
    private CommandQueue<SteeringGroupState, SteeringGroupEvent, SteeringGroupCommand> commands = null!;

    private string Municipality => TenantKeys.Tenant(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken ct)
    {
        var key = SteeringGroupKeys.Stream(Municipality);
        stream = new(store, Municipality, key, SteeringGroupState.Initial, SteeringGroupDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => SteeringGroupDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            stored => GrainFactory.Notify(Municipality, key, stream.Version, stored),
            logger);
        return stream.Load(ct);
    }

    public async Task<SteeringGroupView> View()
    {
        var (state, version) = (stream.State, stream.Version);
        var sees = await GrainFactory.CallerSeesCitizenText(Municipality, !state.CitizenTexts.IsEmpty);
        return sees ? new(state, version) : new(state.WithheldFromOutsiders(), version, CitizenTextWithheld: true);
    }

    public async Task<long> Establish(EstablishSteeringGroup command)
    {
        var version = await Execute(command);
        // Registering is idempotent, so a retry after a failure here completes the registry.
        await GrainFactory.GetGrain<IMunicipalityGrain>(Municipality)
            .RegisterGroup(new RegisterGroup(SteeringGroupKeys.Grain(Municipality), GroupKind.Steering));
        return version;
    }

    public async Task<long> AddMember(AddMember command) =>
        await Execute(command, await PersonDirectory.EntryFor(store, Municipality, command.PersonId, command.Name));

    public Task<long> RemoveMember(RemoveMember command) => Execute(command);

    public Task<long> SetMandate(SetSteeringGroupMandate command) => Execute(command);

    public Task<long> RecordDecision(RecordDecision command) => Execute(command);

    public Task<long> AddPlanItem(AddPlanItem command) => Execute(command);

    public Task<long> EditPlanItem(EditPlanItem command) => Execute(command);

    public Task<long> AimPlanItem(AimPlanItem command) => Execute(command);

    /// <summary>
    /// Reads the item at that version before queueing: history up to a version never changes, so the
    /// read cannot race the commands queued meanwhile, and the decider gets it as a plain value.
    /// </summary>
    public async Task<long> RestorePlanItem(RestorePlanItem command)
    {
        var earlier = command.Version >= 1 && command.Version <= stream.Version
            ? (await SteeringGroupHistory.Stream.At(store, Municipality, SteeringGroupKeys.Stream(Municipality), command.Version, CancellationToken.None)).State.Item(command.ItemId)
            : null;
        return await Execute(new RestorePlanItemTo(command, earlier));
    }

    public Task<long> PlanWorkshop(PlanWorkshop command) => Execute(command);

    public Task<long> RecordWorkshop(RecordWorkshop command) => Execute(command);

    private Task<long> Execute(SteeringGroupCommand command, Action<IDocumentSession>? alsoStore = null) =>
        commands.Submit(command, Caller.Current!, alsoStore);
}
