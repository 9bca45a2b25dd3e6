using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Live;

namespace Recovery.Grains.CaseReviews;

/// <summary>Reentrant so that reviewers judging side by side in a meeting share commits.</summary>
[Reentrant]
internal sealed class CaseReviewGrain(IDocumentStore store, TimeProvider clock, ILogger<CaseReviewGrain> logger)
    : Grain, ICaseReviewGrain
{
    private EventStream<CaseReviewState, CaseReviewEvent> stream = null!;
    private CommandQueue<CaseReviewState, CaseReviewEvent, CaseReviewCommand> commands = null!;

    private string Municipality => TenantKeys.Tenant(this.GetPrimaryKeyString());
    private string StreamKey => CaseReviewKeys.Stream(Municipality, CaseReviewKeys.ReviewId(this.GetPrimaryKeyString()));

    public override Task OnActivateAsync(CancellationToken ct)
    {
        Identifier.Valid(CaseReviewKeys.ReviewId(this.GetPrimaryKeyString()));
        stream = new(store, Municipality, StreamKey, CaseReviewState.Initial, CaseReviewDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => CaseReviewDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            stored => GrainFactory.Notify(Municipality, StreamKey, stream.Version, stored),
            logger);
        return stream.Load(ct);
    }

    public Task<CaseReviewView> View() =>
        Task.FromResult(CaseReviewView.Of(stream.State, stream.Version, Caller.Current.SeesCases(Municipality)));

    public Task<long> Start(StartCaseReview command) => Execute(command);

    public Task<long> AddCase(AddReviewedCase command) => Execute(command);

    public Task<long> JudgeCase(JudgeReviewedCase command) => Execute(command);

    public Task<long> RemoveCase(RemoveReviewedCase command) => Execute(command);

    public Task<long> Conclude() => Execute(new ConcludeCaseReview());

    private Task<long> Execute(CaseReviewCommand command) => commands.Submit(command, Caller.Current!);
}
