namespace Recovery.Grains.CaseReviews;

/// <summary>One case review (<i>sagsgennemgang</i>) of a municipality, keyed <c>657/case-review/{id}</c>. Commands return the new stream version.</summary>
[Alias("recovery.case-review")]
public interface ICaseReviewGrain : ITenantGrain
{
    /// <summary>Cases and notes only for the municipality's staff; everyone else who may read gets the counts.</summary>
    [Requires(Access.Read), Alias("view")]
    Task<CaseReviewView> View();

    [Requires(Access.Govern), Alias("start")]
    Task<long> Start(StartCaseReview command);

    /// <summary>Anyone in the municipality may call; the decider admits only its staff (<see cref="CaseWork"/>).</summary>
    [Requires(Access.Contribute), Alias("add-case")]
    Task<long> AddCase(AddReviewedCase command);

    [Requires(Access.Contribute), Alias("judge-case")]
    Task<long> JudgeCase(JudgeReviewedCase command);

    [Requires(Access.Contribute), Alias("remove-case")]
    Task<long> RemoveCase(RemoveReviewedCase command);

    [Requires(Access.Govern), Alias("conclude")]
    Task<long> Conclude();
}
