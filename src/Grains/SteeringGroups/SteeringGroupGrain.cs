using Marten;
using Recovery.Grains.Live;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Grains.SteeringGroups;

internal sealed class SteeringGroupGrain(IDocumentStore store, TimeProvider clock) : Grain, ISteeringGroupGrain
{
    private EventStream<SteeringGroupState, SteeringGroupEvent> stream = null!;

    private string Municipality => TenantKeys.Tenant(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken ct)
    {
        stream = new(store, Municipality, SteeringGroupKeys.Stream(Municipality), SteeringGroupState.Initial, SteeringGroupDecider.Evolve);
        return stream.Load(ct);
    }

    public Task<SteeringGroupView> View() => Task.FromResult(new SteeringGroupView(stream.State, stream.Version));

    public async Task<long> Establish(EstablishSteeringGroup command)
    {
        var version = await Execute(command);
        // Registering is idempotent, so a retry after a failure here completes the registry.
        await GrainFactory.GetGrain<IMunicipalityGrain>(Municipality)
            .RegisterGroup(new RegisterGroup(SteeringGroupKeys.Grain(Municipality), GroupKind.Steering));
        return version;
    }

    public Task<long> AddMember(AddMember command) =>
        Execute(command, session => session.Store(new PersonEntry(command.PersonId, command.Name.Trim())));

    public Task<long> RemoveMember(RemoveMember command) => Execute(command);

    public Task<long> RecordDecision(RecordDecision command) => Execute(command);

    public Task<long> AddPlanItem(AddPlanItem command) => Execute(command);

    public Task<long> EditPlanItem(EditPlanItem command) => Execute(command);

    private async Task<long> Execute(SteeringGroupCommand command, Action<IDocumentSession>? alsoStore = null)
    {
        var actor = Caller.Current!;
        var events = SteeringGroupDecider.Decide(command, stream.State, new CommandContext(actor, clock.GetUtcNow()));
        var stored = await stream.Append(events, actor, CancellationToken.None, events.Count > 0 ? alsoStore : null);
        await GrainFactory.Notify(Municipality, SteeringGroupKeys.Stream(Municipality), stream.Version, stored);
        return stream.Version;
    }
}
