using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;
using Recovery.Grains.People;

namespace Recovery.Grains.Municipalities;

[Reentrant]
internal sealed class MunicipalityGrain(IDocumentStore store, TimeProvider clock, ILogger<MunicipalityGrain> logger) : Grain, IMunicipalityGrain
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
        commands = new(stream,
            (command, state, actor) => MunicipalityDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            stored => GrainFactory.Notify(Code, StreamKey, stream.Version, stored), logger);
        return stream.Load(ct);
    }

    public Task<MunicipalityView> View() => Task.FromResult(new MunicipalityView(stream.State, stream.Version));

    public Task<long> RegisterGroup(RegisterGroup command) => Execute(command);

    public Task<long> JoinProgramme(JoinProgramme command) => Execute(command);

    public Task<long> ChangeProgrammePhase(ChangeProgrammePhase command) => Execute(command);

    public async Task<long> TickChecklistItem(TickChecklistItem command)
    {
        var actor = Caller.Current!;
        // The name comes from the sign-in, not from a form: one the directory cannot hold is left out
        // rather than refusing the tick. Stored only with the tick (the queue skips documents of
        // commands that stored no event).
        return command.Ticked && command.TickerName?.Trim() is { Length: > 0 and <= FreeText.NameMax } name && !FreeText.ContainsCpr(name)
            ? await commands.Submit(command, actor, await PersonDirectory.NameFromSignIn(store, Code, actor.PersonId, name))
            : await commands.Submit(command, actor);
    }

    public Task<long> ShareCitizenText(ShareCitizenText command) => Execute(command);

    public Task<long> JoinReferenceNetwork(JoinReferenceNetwork command) => Execute(command);

    public Task<long> LeaveReferenceNetwork(LeaveReferenceNetwork command) => Execute(command);

    private Task<long> Execute(MunicipalityCommand command) => commands.Submit(command, Caller.Current!);
}
