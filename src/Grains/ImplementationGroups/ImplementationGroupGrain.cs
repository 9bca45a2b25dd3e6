using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;
using Recovery.Grains.Municipalities;
using Recovery.Grains.People;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>Reentrant so that commands arriving during a commit share the next one (see <see cref="CommandQueue{TState,TEvent,TCommand}"/>).</summary>
[Reentrant]
internal sealed class ImplementationGroupGrain(IDocumentStore store, TimeProvider clock, ILogger<ImplementationGroupGrain> logger)
    : Grain, IImplementationGroupGrain
{
    private EventStream<ImplementationGroupState, ImplementationGroupEvent> stream = null!;
    private CommandQueue<ImplementationGroupState, ImplementationGroupEvent, ImplementationGroupCommand> commands = null!;

    private string Key => this.GetPrimaryKeyString();
    private string Municipality => TenantKeys.Tenant(Key);
    private string StreamKey => ImplementationGroupKeys.Stream(Municipality, ImplementationGroupKeys.Slug(Key));

    public override Task OnActivateAsync(CancellationToken ct)
    {
        ImplementationGroupKeys.ValidSlug(ImplementationGroupKeys.Slug(Key));
        var key = StreamKey;
        stream = new(store, Municipality, key, ImplementationGroupState.Initial, ImplementationGroupDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => ImplementationGroupDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            stored => GrainFactory.Notify(Municipality, key, stream.Version, stored),
            logger);
        return stream.Load(ct);
    }

    public async Task<ImplementationGroupView> View()
    {
        var (state, version) = (stream.State, stream.Version);
        var sees = await GrainFactory.CallerSeesCitizenText(Municipality, !state.CitizenTexts.IsEmpty);
        return sees ? new(state, version) : new(state.WithheldFromOutsiders(), version, CitizenTextWithheld: true);
    }

    public async Task<long> Establish(EstablishImplementationGroup command)
    {
        // Checked before the group exists, so a refused group is not left established but unlisted.
        var registry = (await GrainFactory.GetGrain<IMunicipalityGrain>(Municipality).View()).State.Groups;
        if (!stream.State.Established && registry.Count >= MunicipalityDecider.MaxGroups)
            throw RuleViolation.Refused($"En kommune kan højst have {MunicipalityDecider.MaxGroups} grupper.");
        var version = await Execute(command);
        // Registering is idempotent, so a retry after a failure here completes the registry.
        await GrainFactory.GetGrain<IMunicipalityGrain>(Municipality).RegisterGroup(new RegisterGroup(Key, GroupKind.Implementation));
        return version;
    }

    public async Task<long> AddMember(AddGroupMember command) =>
        await Execute(command, await PersonDirectory.EntryFor(store, Municipality, command.PersonId, command.Name));

    public Task<long> RemoveMember(RemoveGroupMember command) => Execute(command);

    public Task<long> AppointTovholder(AppointTovholder command) => Execute(command);

    public Task<long> SetMandate(SetMandate command) => Execute(command);

    public Task<long> AddActivity(AddActivity command) => Execute(command);

    public Task<long> EditActivity(EditActivity command) => Execute(command);

    /// <summary>
    /// Reads the activity at that version before queueing: history up to a version never changes, so
    /// the read cannot race the commands queued meanwhile, and the decider gets it as a plain value.
    /// </summary>
    public async Task<long> RestoreActivity(RestoreActivity command)
    {
        var earlier = command.Version >= 1 && command.Version <= stream.Version
            ? (await ImplementationGroupHistory.Stream.At(store, Municipality, StreamKey, command.Version, CancellationToken.None)).State.Activity(command.ActivityId)
            : null;
        return await Execute(new RestoreActivityTo(command, earlier));
    }

    public Task<long> AimActivity(AimActivity command) => Execute(command);

    public Task<long> FollowUp(FollowUpActivity command) => Execute(command);

    public Task<long> RecordDecision(RecordGroupDecision command) => Execute(command);

    public Task<long> NoteForce(NoteForce command) => Execute(command);

    public Task<long> RemoveForce(RemoveForce command) => Execute(command);

    public Task<long> SubmitReport(SubmitReport command) => Execute(command);

    public Task<long> ProposeTrial(ProposeTrialAction command) => Execute(command);

    public Task<long> RecordLearning(RecordTrialLearning command) => Execute(command);

    public Task<long> PromoteTrial(PromoteTrialAction command) => Execute(command);

    private Task<long> Execute(ImplementationGroupCommand command, Action<IDocumentSession>? alsoStore = null) =>
        commands.Submit(command, Caller.Current!, alsoStore);
}
