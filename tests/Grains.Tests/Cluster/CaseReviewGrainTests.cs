using Marten;
using Recovery.Grains.CaseReviews;

namespace Recovery.Grains.Tests.Cluster;

[Collection(nameof(ClusterCollection))]
public sealed class CaseReviewGrainTests(ClusterFixture fixture)
{
    private ICaseReviewGrain Review(string municipality, string id) =>
        fixture.Client.GetGrain<ICaseReviewGrain>(CaseReviewKeys.Grain(municipality, id));

    private static void As(string municipality, Role role) => new Caller($"p-{municipality}-{role}", municipality, role).Enter();

    [Fact]
    public async Task Staff_add_and_judge_cases_the_tovholder_concludes_and_the_summary_lists_the_fixed_results()
    {
        var review = Review("671", "efteraar");
        Callers.Tovholder("671").Enter();
        await review.Start(new StartCaseReview("Efterårets sagsgennemgang", "t-1"));
        As("671", Role.CaseHandler);
        await review.AddCase(new AddReviewedCase("c-1", "Sag 1"));
        await review.AddCase(new AddReviewedCase("c-2", "Sag 2"));
        await review.JudgeCase(new JudgeReviewedCase("c-1", Principle.HopesAndDreams, CaseJudgement.Reflected, "Borgerens drøm om uddannelse står først i planen."));
        await review.JudgeCase(new JudgeReviewedCase("c-2", Principle.HopesAndDreams, CaseJudgement.NotReflected, null));
        Callers.Tovholder("671").Enter();
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await review.Conclude();

        var view = await review.View();
        await using var session = fixture.Store.QuerySession("671");
        var summary = await session.LoadAsync<CaseReviewSummary>(CaseReviewKeys.Stream("671", "efteraar"), TestContext.Current.CancellationToken);

        var hopes = view.Results.Single(r => r.Principle == Principle.HopesAndDreams);
        Assert.Equal((1, 0, 1, 0.5), (hopes.Reflected, hopes.Partly, hopes.NotReflected, hopes.ShareReflected));
        Assert.Equal(["Sag 1", "Sag 2"], view.Cases!.Select(c => c.Reference));
        Assert.Equal((2, fixture.Clock.GetUtcNow()), (summary!.Cases, summary.ConcludedAt));
        Assert.Equal(view.Results, summary.Results);
    }

    [Fact]
    public async Task A_citizen_a_guest_and_another_municipality_are_refused_and_nothing_is_stored_and_the_coordinator_sees_only_counts()
    {
        var review = Review("665", "foraar");
        Callers.Tovholder("665").Enter();
        await review.Start(new StartCaseReview("Forårets sagsgennemgang", null));
        await review.AddCase(new AddReviewedCase("c-1", "Sag 1"));
        await review.JudgeCase(new JudgeReviewedCase("c-1", Principle.FollowUp, CaseJudgement.Partly, "Opfølgning aftalt, ikke holdt."));
        var stored = (await fixture.StoredEvents("665", CaseReviewKeys.Stream("665", "foraar"))).Count;

        Callers.Citizen("665").Enter();
        var citizen = await Assert.ThrowsAsync<RuleViolation>(() => review.JudgeCase(new JudgeReviewedCase("c-1", Principle.FollowUp, CaseJudgement.Reflected, null)));
        var citizenView = await review.View();
        As("851", Role.Tovholder);
        var outsider = await Assert.ThrowsAsync<RuleViolation>(() => review.AddCase(new AddReviewedCase("c-2", "Sag 2")));
        var outsiderRead = await Assert.ThrowsAsync<RuleViolation>(() => review.View());
        new Caller("g-1", "665", Role.Guest, Scope: "665/workshop/w-1").Enter();
        var guest = await Assert.ThrowsAsync<RuleViolation>(() => review.View());
        Callers.National.Enter();
        var national = await review.View();
        var nationalConclude = await Assert.ThrowsAsync<RuleViolation>(() => review.Conclude());

        Assert.All([citizen, outsider, outsiderRead, guest, nationalConclude], e => Assert.Equal(RuleViolation.Codes.Forbidden, e.Code));
        Assert.Equal(stored, (await fixture.StoredEvents("665", CaseReviewKeys.Stream("665", "foraar"))).Count);
        Assert.Null(citizenView.Cases);
        Assert.Null(national.Cases);
        Assert.Equal(1, national.CaseCount);
        Assert.Equal(1, national.Results.Single(r => r.Principle == Principle.FollowUp).Partly);
    }
}
