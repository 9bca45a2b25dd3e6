using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// The workshop grain's sequencing without storage or broadcast, so specs and the convergence
/// property exercise the same path: a resent op id gets its original revision, anything else is
/// decided and applied as the next step, and the step log answers catch-up.
/// </summary>
internal sealed class RoomServer
{
    private readonly List<WorkshopStep> log = [];

    public WorkshopState State { get; private set; } = WorkshopState.Initial;

    public IReadOnlyList<WorkshopStep> Log => log;

    /// <summary>A step the server takes itself (planning, opening) or one replayed from history.</summary>
    public WorkshopStep Apply(WorkshopEvent decided, string? author = null, string? opId = null)
    {
        var step = new WorkshopStep(State.Revision + 1, author, opId, decided);
        State = WorkshopDecider.Evolve(State, step);
        log.Add(step);
        return step;
    }

    public Submitted Submit(RoomContext who, Proposal proposal)
    {
        if (State.Sequenced.Find(who.Participant, proposal.Id) is { } earlier) return new Submitted(earlier, Duplicate: true);
        var step = Apply(RoomDecider.Decide(proposal, State, who), who.Participant, proposal.Id);
        return new Submitted(step.Revision, Duplicate: false);
    }

    /// <summary>The steps after <paramref name="since"/> as <paramref name="participant"/> receives them on catching up.</summary>
    public IEnumerable<WorkshopStep> Since(long since, string participant) =>
        log.Where(s => s.Revision > since).Select(s => s.Author == participant ? s : s.ForOthers());
}
