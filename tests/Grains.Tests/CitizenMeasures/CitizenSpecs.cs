using Recovery.Grains.CitizenMeasures;

namespace Recovery.Grains.Tests.CitizenMeasures;

public sealed class CitizenSpecs
{
    private const string Self = "657/citizen/B-7KQ4MX";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Caller Sofie = new("p-sofie", "657", Role.Staff);
    private static readonly Caller Ib = new("p-ib", "657", Role.CaseHandler);
    private static readonly Caller Mette = new("p-mette", "657", Role.Tovholder);
    private static readonly Caller Birgitte = new("p-birgitte", "657", Role.StrategicLeader);
    private static readonly Caller Citizen = new("B-7KQ4MX", "657", Role.Citizen, Scope: Self);
    private static readonly Caller OtherCitizen = new("B-2222AA", "657", Role.Citizen, Scope: "657/citizen/B-2222AA");

    private static readonly CitizenEnrolled Enrolled = new("B-7KQ4MX", ["p-sofie"], Now, "p-sofie");

    private static CitizenState Given(params CitizenEvent[] events) => events.Aggregate(CitizenState.Initial, CitizenDecider.Evolve);

    private static IReadOnlyList<CitizenEvent> When(CitizenState state, CitizenCommand command, Caller actor) =>
        CitizenDecider.Decide(command, state, new CommandContext(actor, Now), Self);

    private static string Refuses(CitizenState state, CitizenCommand command, Caller actor) =>
        Assert.Throws<RuleViolation>(() => When(state, command, actor)).Code;

    private static AnswerMeasure Who5(params int?[] answers) => new(Instrument.Who5, [.. answers], false);

    [Fact]
    public void Enrolling_keeps_the_pseudonym_and_the_enroller_among_the_own_staff()
    {
        var enrolled = Assert.IsType<CitizenEnrolled>(Assert.Single(When(Given(), new EnrolCitizen(["p-ib"]), Sofie)));
        Assert.Equal("B-7KQ4MX", enrolled.Pseudonym);
        Assert.Equal(["p-sofie", "p-ib"], enrolled.OwnStaff);
    }

    [Theory]
    [InlineData(Role.StrategicLeader)]
    [InlineData(Role.Politician)]
    [InlineData(Role.Citizen)]
    [InlineData(Role.NationalCoordinator)]
    public void Only_staff_like_roles_enrol(Role role) =>
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(Given(), new EnrolCitizen([]), new Caller("p-x", "657", role)));

    [Fact]
    public void A_pseudonym_already_in_use_is_a_conflict_so_the_caller_draws_another() =>
        Assert.Equal(RuleViolation.Codes.Conflict, Refuses(Given(Enrolled), new EnrolCitizen([]), Ib));

    [Fact]
    public void Own_staff_answer_with_the_citizen_or_on_their_behalf_and_the_score_and_period_are_kept()
    {
        var answered = Assert.IsType<MeasureAnswered>(Assert.Single(When(Given(Enrolled), new AnswerMeasure(Instrument.Who5, [3, 3, 3, 2, 2], true), Sofie)));
        Assert.Equal((52, "2026-Q4", true, "p-sofie"), (answered.Score, answered.Period, answered.OnBehalf, answered.EnteredBy));
    }

    [Fact]
    public void The_citizen_answers_with_the_personal_code_and_is_never_recorded_as_on_behalf()
    {
        var answered = Assert.IsType<MeasureAnswered>(Assert.Single(When(Given(Enrolled), new AnswerMeasure(Instrument.BriefInspireO, [2, 2, 2, 2, 2], true), Citizen)));
        Assert.Equal((33, false), (answered.Score, answered.OnBehalf));
    }

    [Fact]
    public void An_incomplete_form_is_kept_without_a_score()
    {
        var answered = Assert.IsType<MeasureAnswered>(Assert.Single(When(Given(Enrolled), Who5(5, null, 4, 4, null), Sofie)));
        Assert.Null(answered.Score);
        Assert.Equal([5, null, 4, 4, null], answered.Answers);
    }

    [Fact]
    public void The_same_form_again_in_the_same_period_changes_nothing()
    {
        var state = Given(Enrolled);
        state = When(state, Who5(3, 3, 3, 3, 3), Sofie).Aggregate(state, CitizenDecider.Evolve);
        Assert.Empty(When(state, Who5(3, 3, 3, 3, 3), Sofie));
        Assert.Single(When(state, Who5(3, 3, 3, 3, 4), Sofie));
    }

    [Theory]
    [InlineData(6)]
    [InlineData(-1)]
    public void Answers_outside_the_scale_are_refused(int answer) =>
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Enrolled), Who5(answer, 3, 3, 3, 3), Sofie));

    [Fact]
    public void A_form_of_the_wrong_length_or_with_nothing_answered_is_refused()
    {
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Enrolled), Who5(3, 3, 3, 3, 3, 3), Sofie));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Enrolled), Who5(null, null, null, null, null), Sofie));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Enrolled), new AnswerMeasure(Instrument.BriefInspireO, [4, 4, 4, 4, 5], false), Sofie));
    }

    [Fact]
    public void Staff_outside_the_own_staff_a_leader_the_tovholder_and_another_citizen_cannot_answer()
    {
        foreach (var outsider in new[] { Ib, Birgitte, Mette, OtherCitizen })
            Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(Given(Enrolled), Who5(3, 3, 3, 3, 3), outsider));
    }

    [Fact]
    public void Only_the_citizen_and_own_staff_see_individual_answers()
    {
        var state = Given(Enrolled);
        Assert.True(CitizenDecider.SeesIndividual(Sofie, state, Self));
        Assert.True(CitizenDecider.SeesIndividual(Citizen, state, Self));
        foreach (var other in new[] { Ib, Mette, Birgitte, OtherCitizen, new Caller("p-sofie", "265", Role.Staff), new Caller("p-sofie", null, Role.NationalCoordinator) })
            Assert.False(CitizenDecider.SeesIndividual(other, state, Self));
    }

    [Fact]
    public void Own_staff_change_the_list_and_a_tovholder_reassigns_but_cannot_add_herself()
    {
        var changed = Assert.IsType<CitizenStaffChanged>(Assert.Single(When(Given(Enrolled), new ChangeCitizenStaff(["p-sofie", "p-ib"]), Sofie)));
        Assert.Equal(["p-sofie", "p-ib"], changed.OwnStaff);
        Assert.Single(When(Given(Enrolled), new ChangeCitizenStaff(["p-ib"]), Mette));
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(Given(Enrolled), new ChangeCitizenStaff(["p-mette"]), Mette));
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(Given(Enrolled), new ChangeCitizenStaff(["p-ib"]), Ib));
        Assert.Empty(When(Given(Enrolled), new ChangeCitizenStaff(["p-sofie"]), Sofie));
    }

    [Fact]
    public void Only_own_staff_issue_a_code_and_only_its_hash_is_kept()
    {
        var hash = PersonalCodes.Hash(PersonalCodes.Normalize("K7M4Q-X2PRW")!);
        var issued = Assert.IsType<PersonalCodeIssued>(Assert.Single(When(Given(Enrolled), new IssuePersonalCode(hash), Sofie)));
        Assert.Equal(hash, issued.CodeHash);
        Assert.Equal(RuleViolation.Codes.Forbidden, Refuses(Given(Enrolled), new IssuePersonalCode(hash), Ib));
        Assert.Equal(RuleViolation.Codes.Validation, Refuses(Given(Enrolled), new IssuePersonalCode("K7M4Q-X2PRW"), Sofie));
    }

    [Fact]
    public void Personal_codes_are_ten_unambiguous_characters_and_typing_is_forgiving()
    {
        var code = PersonalCodes.New();
        Assert.Matches("^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$", code);
        Assert.Equal(PersonalCodes.Normalize(code), PersonalCodes.Normalize(code.ToLowerInvariant().Replace("-", " ")));
        Assert.Null(PersonalCodes.Normalize("K7M4Q-X2PR"));
        Assert.Null(PersonalCodes.Normalize("K7M4Q-X2PRO"));
        Assert.True(CitizenKeys.IsPseudonym(CitizenKeys.NewPseudonym()));
        Assert.False(CitizenKeys.IsPseudonym("B-1234I0"));
    }

    [Fact]
    public void Periods_are_quarters_by_the_danish_calendar() =>
        Assert.Equal(("2027-Q1", "2026-Q4"), (MeasurePeriods.Of(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)), MeasurePeriods.Of(Now)));

    [Fact]
    public void Nothing_happens_to_a_citizen_who_was_never_enrolled() =>
        Assert.Equal(RuleViolation.Codes.NotFound, Refuses(Given(), Who5(3, 3, 3, 3, 3), Sofie));
}
