using Recovery.Grains.CaseReviews;

namespace Recovery.Grains.Tests.CaseReviews;

public sealed class CaseReviewSpecs
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly Caller Mette = new("p-mette", "657", Role.Tovholder);
    private static readonly Caller Sara = new("p-sara", "657", Role.CaseHandler);
    private static readonly Caller Jonas = new("p-jonas", "657", Role.Citizen);
    private static readonly Caller Ole = new("p-ole", "657", Role.Politician);

    private static readonly CaseReviewStarted Started = new("Sagsgennemgang efterår", null, "p-mette", Now);

    private static CaseReviewState Given(params CaseReviewEvent[] events) => events.Aggregate(CaseReviewState.Initial, CaseReviewDecider.Evolve);

    private static IReadOnlyList<CaseReviewEvent> When(CaseReviewState state, CaseReviewCommand command, Caller? actor = null) =>
        CaseReviewDecider.Decide(command, state, new CommandContext(actor ?? Sara, Now));

    private static RuleViolation Refuses(CaseReviewState state, CaseReviewCommand command, Caller? actor = null) =>
        Assert.Throws<RuleViolation>(() => When(state, command, actor));

    private static CaseReviewEvent[] TenCases() => [.. Enumerable.Range(1, 10).Select(n => new ReviewedCaseAdded($"c-{n}", $"Sag {n}"))];

    [Fact]
    public void Starting_keeps_the_title_and_the_temperature_round_and_starting_again_changes_nothing()
    {
        var started = Assert.IsType<CaseReviewStarted>(Assert.Single(When(Given(), new StartCaseReview(" Efterår ", "t-1"), Mette)));
        Assert.Equal(("Efterår", "t-1", "p-mette"), (started.Title, started.TemperatureRoundId, started.StartedBy));
        Assert.Empty(When(Given(started), new StartCaseReview("Efterår", "t-1"), Mette));
    }

    [Fact]
    public void A_review_that_was_never_started_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, Refuses(Given(), new AddReviewedCase("c-1", "Sag 1")).Code);

    [Fact]
    public void Ten_cases_are_the_limit_and_the_eleventh_is_refused_in_danish()
    {
        var state = Given([Started, .. TenCases()]);
        var error = Refuses(state, new AddReviewedCase("c-11", "Sag 11"));
        Assert.Equal(RuleViolation.Codes.Refused, error.Code);
        Assert.Contains("højst 10 sager", error.Message);
    }

    [Fact]
    public void Removing_a_case_makes_room_for_another()
    {
        var state = Given([Started, .. TenCases(), new ReviewedCaseRemoved("c-3")]);
        Assert.IsType<ReviewedCaseAdded>(Assert.Single(When(state, new AddReviewedCase("c-11", "Sag 11"))));
    }

    [Fact]
    public void Adding_the_same_case_again_changes_nothing_and_the_same_reference_twice_is_refused()
    {
        var state = Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"));
        Assert.Empty(When(state, new AddReviewedCase("c-1", "Sag 1")));
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(state, new AddReviewedCase("c-2", "SAG 1")).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c 1")]
    [InlineData("../c-1")]
    public void A_case_id_that_is_no_plain_id_is_refused(string caseId) =>
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started), new AddReviewedCase(caseId, "Sag 1")).Code);

    [Fact]
    public void Judging_an_unknown_case_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound,
            Refuses(Given(Started), new JudgeReviewedCase("c-9", Principle.Resources, CaseJudgement.Partly, null)).Code);

    [Fact]
    public void Judging_again_replaces_the_judgement_and_the_same_judgement_again_changes_nothing()
    {
        var state = Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"),
            new ReviewedCaseJudged("c-1", Principle.Resources, CaseJudgement.Partly, ""));
        var changed = When(state, new JudgeReviewedCase("c-1", Principle.Resources, CaseJudgement.Reflected, " Borgerens egne mål står i planen. "))
            .Aggregate(state, CaseReviewDecider.Evolve);

        Assert.Equal(new PrincipleJudgement(CaseJudgement.Reflected, "Borgerens egne mål står i planen."), changed.Case("c-1")!.Judgements[Principle.Resources]);
        Assert.Empty(When(changed, new JudgeReviewedCase("c-1", Principle.Resources, CaseJudgement.Reflected, "Borgerens egne mål står i planen.")));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(9, 1)]
    [InlineData(1, 0)]
    [InlineData(1, 4)]
    public void An_unknown_principle_or_judgement_is_refused(int principle, int judgement) =>
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started, new ReviewedCaseAdded("c-1", "Sag 1")),
            new JudgeReviewedCase("c-1", (Principle)principle, (CaseJudgement)judgement, null)).Code);

    [Fact]
    public void A_note_over_a_thousand_characters_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Started, new ReviewedCaseAdded("c-1", "Sag 1")),
            new JudgeReviewedCase("c-1", Principle.FollowUp, CaseJudgement.Partly, new string('x', CaseReference.NoteMax + 1))).Code);

    [Theory]
    [InlineData(Role.Citizen)]
    [InlineData(Role.Relative)]
    [InlineData(Role.Politician)]
    public void Only_the_municipalitys_staff_touch_the_cases(Role role)
    {
        var someone = new Caller("p-x", "657", role);
        var state = Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"));
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(state, new AddReviewedCase("c-2", "Sag 2"), someone).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(state, new JudgeReviewedCase("c-1", Principle.EarlyHelp, CaseJudgement.Reflected, null), someone).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(state, new RemoveReviewedCase("c-1"), someone).Code);
    }

    [Fact]
    public void Concluding_fixes_the_counts_per_principle_and_the_share_reflected()
    {
        var state = Given(Started,
            new ReviewedCaseAdded("c-1", "Sag 1"), new ReviewedCaseAdded("c-2", "Sag 2"), new ReviewedCaseAdded("c-3", "Sag 3"),
            new ReviewedCaseJudged("c-1", Principle.HopesAndDreams, CaseJudgement.Reflected, ""),
            new ReviewedCaseJudged("c-2", Principle.HopesAndDreams, CaseJudgement.Reflected, ""),
            new ReviewedCaseJudged("c-3", Principle.HopesAndDreams, CaseJudgement.NotReflected, ""),
            new ReviewedCaseJudged("c-1", Principle.NetworkAndCommunities, CaseJudgement.Partly, "Netværket er nævnt, ikke inddraget."));

        var concluded = Assert.IsType<CaseReviewConcluded>(Assert.Single(When(state, new ConcludeCaseReview(), Mette)));
        var hopes = concluded.Results.Single(r => r.Principle == Principle.HopesAndDreams);
        var network = concluded.Results.Single(r => r.Principle == Principle.NetworkAndCommunities);
        var early = concluded.Results.Single(r => r.Principle == Principle.EarlyHelp);

        Assert.Equal(8, concluded.Results.Length);
        Assert.Equal(3, concluded.Cases);
        Assert.Equal((2, 0, 1, 3), (hopes.Reflected, hopes.Partly, hopes.NotReflected, hopes.Judged));
        Assert.Equal(2.0 / 3, hopes.ShareReflected!.Value, 10);
        Assert.Equal((0, 1, 0, 0.0), (network.Reflected, network.Partly, network.NotReflected, network.ShareReflected));
        Assert.Equal((0, null), (early.Judged, early.ShareReflected));
    }

    [Fact]
    public void Concluding_again_changes_nothing_and_an_empty_review_cannot_be_concluded()
    {
        var concluded = new CaseReviewConcluded([.. CaseReviewResults.Of([])], 1, Now);
        Assert.Empty(When(Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"), concluded), new ConcludeCaseReview(), Mette));
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(Given(Started), new ConcludeCaseReview(), Mette).Code);
    }

    [Fact]
    public void After_conclusion_the_cases_cannot_change_but_a_repeat_of_what_took_effect_is_no_error()
    {
        var state = Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"),
            new ReviewedCaseJudged("c-1", Principle.Resources, CaseJudgement.Partly, ""),
            new CaseReviewConcluded([.. CaseReviewResults.Of([])], 1, Now));

        Assert.Equal(RuleViolation.Codes.Refused, Refuses(state, new AddReviewedCase("c-2", "Sag 2")).Code);
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(state, new JudgeReviewedCase("c-1", Principle.Resources, CaseJudgement.Reflected, null)).Code);
        Assert.Equal(RuleViolation.Codes.Refused, Refuses(state, new RemoveReviewedCase("c-1")).Code);
        Assert.Empty(When(state, new JudgeReviewedCase("c-1", Principle.Resources, CaseJudgement.Partly, null)));
        Assert.Empty(When(state, new AddReviewedCase("c-1", "Sag 1")));
    }

    [Fact]
    public void Results_stay_as_concluded_even_if_counting_would_now_give_otherwise()
    {
        var fixedResults = new CaseReviewConcluded([new PrincipleTally(Principle.FollowUp, 1, 0, 0, 1.0)], 1, Now);
        var state = Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"), fixedResults);
        Assert.Equal(fixedResults.Results, CaseReviewView.Of(state, 3, seesCases: true).Results);
    }

    [Fact]
    public void Outsiders_see_the_counts_but_no_case_and_no_note()
    {
        var state = Given(Started, new ReviewedCaseAdded("c-1", "Sag 1"),
            new ReviewedCaseJudged("c-1", Principle.Resources, CaseJudgement.Reflected, "Ressourcerne er beskrevet."));

        var view = CaseReviewView.Of(state, 3, new Caller("p-national", null, Role.NationalCoordinator).SeesCases("657"));

        Assert.Null(view.Cases);
        Assert.Equal(1, view.CaseCount);
        Assert.Equal(1, view.Results.Single(r => r.Principle == Principle.Resources).Reflected);
        Assert.False(Jonas.SeesCases("657"));
        Assert.False(Ole.SeesCases("657"));
        Assert.False(Sara.SeesCases("851"));
        Assert.True(Sara.SeesCases("657"));
    }

    public static TheoryData<Role, bool> EveryRole() =>
        [.. Enum.GetValues<Role>().SelectMany(role => new[] { (role, true), (role, false) })];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public void Only_the_municipalitys_own_staff_see_cases_and_whoever_sees_them_may_read_the_review(Role role, bool own)
    {
        var caller = new Caller("p-x", own ? "657" : "851", role);
        var staff = role is Role.Staff or Role.CaseHandler or Role.PeerWorker or Role.ProfessionalLeader or Role.StrategicLeader or Role.Tovholder;

        Assert.Equal(own && staff, caller.SeesCases("657"));
        if (caller.SeesCases("657")) Assert.True(AccessRules.Allows(caller, "657", Access.Read));
        Assert.False((caller with { Scope = "657/workshop/w-1" }).SeesCases("657"));
    }
}
