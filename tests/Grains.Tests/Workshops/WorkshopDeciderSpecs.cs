using System.Collections.Immutable;
using Recovery.Grains.Workshops;
using static Recovery.Grains.Tests.Workshops.WorkshopSpec;

namespace Recovery.Grains.Tests.Workshops;

public sealed class SchedulingSpecs
{
    private static ScheduleWorkshop Plan(string title = "Planværksted", params string[] agenda) =>
        new(title, Now.AddDays(7), agenda.Length > 0 ? [.. agenda] : ["Velkomst", "Prioritering"]);

    [Fact]
    public void Scheduling_records_the_trimmed_title_start_and_agenda() =>
        Assert.Equivalent(Scheduled, WorkshopDecider.Schedule(Plan(" Planværksted ", " Velkomst", "Prioritering"), Given().State), strict: true);

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_workshop_needs_a_title(string title) =>
        Assert.Equal(RuleViolation.Codes.Validation, Assert.Throws<RuleViolation>(() => WorkshopDecider.Schedule(Plan(title), Given().State)).Code);

    [Fact]
    public void An_empty_agenda_point_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            Assert.Throws<RuleViolation>(() => WorkshopDecider.Schedule(Plan("Planværksted", "Velkomst", " "), Given().State)).Code);

    [Fact]
    public void An_agenda_over_the_limit_is_refused()
    {
        var points = Enumerable.Range(1, WorkshopDecider.MaxAgendaPoints + 1).Select(i => $"Punkt {i}").ToArray();
        Assert.Equal(RuleViolation.Codes.Validation, Assert.Throws<RuleViolation>(() => WorkshopDecider.Schedule(Plan("Planværksted", points), Given().State)).Code);
    }

    [Fact]
    public void Scheduling_the_same_workshop_twice_changes_nothing() =>
        Assert.Null(WorkshopDecider.Schedule(Plan(), Given(Scheduled).State));

    [Fact]
    public void Scheduling_again_with_other_details_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Refused, Assert.Throws<RuleViolation>(() => WorkshopDecider.Schedule(Plan("Andet værksted"), Given(Scheduled).State)).Code);
}

public sealed class OpeningSpecs
{
    [Fact]
    public void Opening_copies_the_plan_and_the_members_into_the_room()
    {
        var state = Given(Scheduled, WorkshopDecider.Open("K7M-4QX", Plan, Members, Given(Scheduled).State)!).State;
        Assert.Equal((WorkshopPhase.Open, "K7M-4QX"), (state.Phase, state.Code));
        Assert.Equal(Plan, [.. state.Items.Select(i => i.ToPlain())]);
        Assert.Equal(Members, state.Members);
    }

    [Fact]
    public void Opening_an_open_workshop_changes_nothing() =>
        Assert.Null(WorkshopDecider.Open("ANDEN-KODE", Plan, Members, GivenOpen().State));

    [Fact]
    public void A_closed_workshop_cannot_be_opened_again()
    {
        var closed = GivenOpen(WorkshopDecider.Close(GivenOpen().State)).State;
        Assert.Equal(RuleViolation.Codes.Refused, Assert.Throws<RuleViolation>(() => WorkshopDecider.Open("K7M-4QX", Plan, Members, closed)).Code);
    }

    [Fact]
    public void A_workshop_never_scheduled_cannot_be_opened() =>
        Assert.Equal(RuleViolation.Codes.NotFound, Assert.Throws<RuleViolation>(() => WorkshopDecider.Open("K7M-4QX", Plan, Members, Given().State)).Code);
}

public sealed class ArrivalSpecs
{
    [Fact]
    public void The_first_arrival_records_the_participant_and_role_and_the_next_changes_nothing()
    {
        Assert.Equal(new WorkshopParticipantArrived("g-1", "guest"), WorkshopDecider.Arrive("g-1", Role.Guest, GivenOpen().State));
        Assert.Null(WorkshopDecider.Arrive("g-1", Role.Guest, GivenOpen(new WorkshopParticipantArrived("g-1", "guest")).State));
    }

    [Fact]
    public void A_revoked_guest_cannot_arrive_again()
    {
        var state = GivenOpen(new WorkshopParticipantArrived("g-1", "guest"), new WorkshopGuestRevoked("g-1")).State;
        Assert.Equal(RuleViolation.Codes.Forbidden, Assert.Throws<RuleViolation>(() => WorkshopDecider.Arrive("g-1", Role.Guest, state)).Code);
    }

    [Fact]
    public void Only_a_guest_who_arrived_can_be_revoked() =>
        Assert.Equal(RuleViolation.Codes.NotFound,
            Assert.Throws<RuleViolation>(() => WorkshopDecider.Revoke("p-jonas", GivenOpen(new WorkshopParticipantArrived("p-jonas", "citizen")).State)).Code);

    [Fact]
    public void No_one_arrives_before_the_workshop_opens() =>
        Assert.Equal(RuleViolation.Codes.Refused, Assert.Throws<RuleViolation>(() => WorkshopDecider.Arrive("p-jonas", Role.Citizen, Given(Scheduled).State)).Code);
}

public sealed class TextEditSpecs
{
    // "Status til udvalget" is the title at revision 2; Mette's edit at revision 3 appends "!".
    private static readonly WorkshopTextEdited MetteAppends = new(ItemId, ItemFields.Title, Op().Retain(19).Insert("!").Build());

    [Fact]
    public void An_edit_is_applied_as_the_next_revision()
    {
        var spec = GivenOpen();
        spec.When(Title(Op().Retain(6).Delete(13).Build()));
        Assert.Equal(("Status", 3L), (spec.State.Item(ItemId)!.Title.Text, spec.State.Revision));
    }

    [Fact]
    public void An_edit_made_before_a_concurrent_one_is_transformed_past_it()
    {
        var spec = GivenOpen(MetteAppends);
        var applied = spec.When(Title(Op().Insert("Ny ").Retain(19).Build()), Jonas, onRevision: 2);
        Assert.Equal(new WorkshopTextEdited(ItemId, ItemFields.Title, Op().Insert("Ny ").Retain(20).Build()).Op.Components,
            ((WorkshopTextEdited)applied).Op.Components);
        Assert.Equal("Ny Status til udvalget!", spec.State.Item(ItemId)!.Title.Text);
    }

    [Fact]
    public void At_the_same_place_the_edit_sequenced_first_comes_first()
    {
        var spec = GivenOpen(MetteAppends);
        spec.When(Title(Op().Retain(19).Insert("?").Build()), Jonas, onRevision: 2);
        Assert.Equal("Status til udvalget!?", spec.State.Item(ItemId)!.Title.Text);
    }

    [Fact]
    public void An_edit_on_a_revision_that_does_not_exist_yet_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen().Refuses(Title(Op().Retain(19).Insert("!").Build()), onRevision: 3).Code);

    [Fact]
    public void An_edit_for_another_length_of_text_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen(MetteAppends).Refuses(Title(Op().Retain(20).Insert("!").Build()), onRevision: 2).Code);

    [Fact]
    public void An_edit_that_makes_the_title_too_long_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            GivenOpen().Refuses(Title(Op().Retain(19).Insert(new string('a', FreeText.TitleMax - 18)).Build())).Code);

    [Fact]
    public void An_edit_that_completes_a_cpr_number_is_refused()
    {
        var spec = GivenOpen(new WorkshopTextEdited(ItemId, ItemFields.Description, Op().Retain(13).Insert(" 010190-12").Build()));
        Assert.Equal(RuleViolation.Codes.Validation, spec.Refuses(Description(Op().Retain(23).Insert("34").Build())).Code);
    }

    [Fact]
    public void An_edit_of_an_unknown_item_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenOpen().Refuses(new EditText("i-404", ItemFields.Title, Op().Insert("x").Build())).Code);

    [Fact]
    public void Only_title_and_description_are_edited_as_text() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen().Refuses(new EditText(ItemId, ItemFields.Owner, Op().Insert("x").Build())).Code);

    [Fact]
    public void An_edit_on_a_revision_older_than_the_remembered_edits_of_the_text_is_stale()
    {
        // Revisions 3…(3 + Remembered): one more edit of the description than the server remembers.
        var appendA = Enumerable.Range(0, SharedText.Remembered + 1)
            .Select(n => new WorkshopTextEdited(ItemId, ItemFields.Description, Op().Retain(13 + n).Insert("a").Build()));
        var spec = GivenOpen([.. appendA]);
        var fromOpening = Description(Op().Insert("x").Retain(13).Build());
        Assert.Equal(RuleViolation.Codes.Stale, spec.Refuses(fromOpening, onRevision: 2).Code);
        spec.When(Description(Op().Insert("x").Retain(14).Build()), onRevision: 3);
        Assert.StartsWith("xHvert kvartal", spec.State.Item(ItemId)!.Description.Text);
    }
}

public sealed class FieldSpecs
{
    // At revision 3 someone set the status to done.
    private static readonly WorkshopFieldChanged SetDone = new(ItemId, ItemFields.Status, "done");

    [Fact]
    public void A_field_change_that_lost_the_race_is_a_conflict_naming_the_current_value()
    {
        var refusal = GivenOpen(SetDone).Refuses(Field(ItemFields.Status, "onHold"), onRevision: 2);
        Assert.Equal(RuleViolation.Codes.Conflict, refusal.Code);
        Assert.Contains("«Færdig»", refusal.Message);
    }

    [Fact]
    public void The_same_value_from_before_the_change_is_accepted() =>
        Assert.Equal(SetDone, GivenOpen(SetDone).When(Field(ItemFields.Status, "done"), onRevision: 2));

    [Fact]
    public void A_change_made_after_seeing_the_last_change_is_accepted()
    {
        var spec = GivenOpen(SetDone);
        spec.When(Field(ItemFields.Status, "onHold"), onRevision: 3);
        Assert.Equal("onHold", spec.State.Item(ItemId)!.Fields[ItemFields.Status]);
    }

    [Fact]
    public void An_unknown_status_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen().Refuses(Field(ItemFields.Status, "finished")).Code);

    [Fact]
    public void The_owner_must_be_a_member_of_the_steering_group()
    {
        Assert.Equal(RuleViolation.Codes.NotFound, GivenOpen().Refuses(Field(ItemFields.Owner, "p-stranger")).Code);
        Assert.Equal(new WorkshopFieldChanged(ItemId, ItemFields.Owner, "p-jonas"), GivenOpen().When(Field(ItemFields.Owner, "p-jonas")));
        Assert.Equal(new WorkshopFieldChanged(ItemId, ItemFields.Owner, null), GivenOpen().When(Field(ItemFields.Owner, null)));
    }

    [Theory]
    [InlineData("2027-1-31")]
    [InlineData("31-01-2027")]
    [InlineData("2027-02-30")]
    [InlineData("1999-12-31")]
    public void A_due_date_must_be_a_day_written_year_month_day(string due) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen().Refuses(Field(ItemFields.Due, due)).Code);

    [Fact]
    public void A_valid_due_date_is_accepted() =>
        Assert.Equal(new WorkshopFieldChanged(ItemId, ItemFields.Due, "2027-01-31"), GivenOpen().When(Field(ItemFields.Due, "2027-01-31")));

    [Fact]
    public void A_field_of_an_unknown_item_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenOpen().Refuses(new ChangeField("i-404", ItemFields.Status, "done")).Code);
}

public sealed class DotVotingSpecs
{
    private static readonly WorkshopVotingSet TwoDots = new(2, Anonymous: false);

    private static WorkshopDotCast Dot(string voter, int delta = 1, bool anonymous = false) => new(ItemId, delta, voter, anonymous);

    [Fact]
    public void Dots_are_cast_only_while_voting() =>
        Assert.Equal(RuleViolation.Codes.Refused, GivenOpen().Refuses(new CastDot(ItemId, 1)).Code);

    [Fact]
    public void A_participant_casts_at_most_the_dots_of_the_round()
    {
        var spec = GivenOpen(TwoDots, Dot("p-jonas"));
        Assert.Equal(Dot("p-jonas"), spec.When(new CastDot(ItemId, 1), Jonas));
        Assert.Equal(RuleViolation.Codes.Refused, spec.Refuses(new CastDot(ItemId, 1), Jonas).Code);
        Assert.Equal(Dot("p-mette"), spec.When(new CastDot(ItemId, 1), Mette));
    }

    [Fact]
    public void Only_ones_own_dot_can_be_taken_back()
    {
        var spec = GivenOpen(TwoDots, Dot("p-jonas"));
        Assert.Equal(RuleViolation.Codes.Refused, spec.Refuses(new CastDot(ItemId, -1), Mette).Code);
        spec.When(new CastDot(ItemId, -1), Jonas);
        Assert.Empty(spec.State.Dots);
    }

    [Fact]
    public void A_dot_is_one_up_or_one_down() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen(TwoDots).Refuses(new CastDot(ItemId, 2)).Code);

    [Fact]
    public void A_dot_on_an_unknown_item_is_not_found() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenOpen(TwoDots).Refuses(new CastDot("i-404", 1)).Code);

    [Fact]
    public void Ending_a_round_keeps_its_results() =>
        Assert.Equal([new WorkshopDot("p-jonas", ItemId)], GivenOpen(TwoDots, Dot("p-jonas"), new WorkshopVotingSet(0, false)).State.Dots);

    [Fact]
    public void A_new_round_gives_everyone_their_dots_back() =>
        Assert.Empty(GivenOpen(TwoDots, Dot("p-jonas"), new WorkshopVotingSet(0, false), TwoDots).State.Dots);

    [Fact]
    public void Changing_the_dots_during_a_round_keeps_the_dots_cast() =>
        Assert.Single(GivenOpen(TwoDots, Dot("p-jonas"), new WorkshopVotingSet(3, false)).State.Dots);

    [Fact]
    public void An_anonymous_dot_hides_the_voter_from_others_but_counts_for_the_voter()
    {
        var spec = GivenOpen(new WorkshopVotingSet(2, Anonymous: true));
        spec.When(new CastDot(ItemId, 1), Jonas);
        var step = spec.Server.Log[^1];
        Assert.Equal(new WorkshopStep(step.Revision, null, step.OpId, Dot("p-jonas", anonymous: true) with { Voter = null }), step.ForOthers());
        Assert.Equal(1, spec.State.DotsOf("p-jonas"));
    }

    [Fact]
    public void An_open_vote_shows_the_voter_to_everyone()
    {
        var spec = GivenOpen(TwoDots);
        spec.When(new CastDot(ItemId, 1), Jonas);
        Assert.Same(spec.Server.Log[^1], spec.Server.Log[^1].ForOthers());
    }
}

public sealed class FacilitationSpecs
{
    public static TheoryData<RoomCommand> RoomControls() =>
        [new SetVoting(3, false), new MoveAgenda(1), new SetTimer(300), new SetTimer(null), new MoveSpotlight(ItemId)];

    [Theory]
    [MemberData(nameof(RoomControls))]
    public void Only_the_facilitator_controls_the_room(RoomCommand command)
    {
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenOpen().Refuses(command, Guest).Code);
        Assert.Equal(RuleViolation.Codes.Forbidden, GivenOpen().Refuses(command, Jonas).Code);
        GivenOpen().When(command, Mette);
    }

    [Fact]
    public void A_timer_ends_the_given_seconds_after_the_servers_now() =>
        Assert.Equal(new WorkshopTimerSet(Now.AddMinutes(5)), GivenOpen().When(new SetTimer(300), Mette));

    [Theory]
    [InlineData(0)]
    [InlineData(RoomDecider.MaxTimerSeconds + 1)]
    public void A_timer_outside_its_range_is_refused(int seconds) =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen().Refuses(new SetTimer(seconds), Mette).Code);

    [Fact]
    public void The_agenda_moves_only_to_a_point_it_has() =>
        Assert.Equal(RuleViolation.Codes.NotFound, GivenOpen().Refuses(new MoveAgenda(2), Mette).Code);

    [Fact]
    public void Too_many_dots_per_participant_are_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, GivenOpen().Refuses(new SetVoting(RoomDecider.MaxDots + 1, false), Mette).Code);
}

public sealed class ClosingSpecs
{
    [Fact]
    public void Closing_counts_attendance_by_role_without_names_and_keeps_votes_and_the_edited_plan()
    {
        var state = GivenOpen(
            new WorkshopParticipantArrived("p-mette", "tovholder"),
            new WorkshopParticipantArrived("g-1", "guest"),
            new WorkshopParticipantArrived("g-2", "guest"),
            new WorkshopTextEdited(ItemId, ItemFields.Title, Op().Retain(6).Delete(13).Build()),
            new WorkshopVotingSet(2, false),
            new WorkshopDotCast(ItemId, 1, "g-1", false),
            new WorkshopDotCast(ItemId, 1, "g-2", false)).State;

        var outcome = ((WorkshopClosed)WorkshopDecider.Close(state)).Outcome;

        Assert.Equal(ImmutableDictionary<string, int>.Empty.Add("tovholder", 1).Add("guest", 2), outcome.Attendance);
        Assert.Equal([new ItemDots(ItemId, 2)], outcome.Votes);
        Assert.Equal([Plan[0] with { Title = "Status" }], outcome.Plan);
    }

    [Fact]
    public void Votes_are_listed_most_dots_first()
    {
        var state = GivenOpen(
            new WorkshopItemDrafted("i-2", 2, "Borgerpanel"),
            new WorkshopVotingSet(2, false),
            new WorkshopDotCast(ItemId, 1, "p-mette", false),
            new WorkshopDotCast("i-2", 1, "p-mette", false),
            new WorkshopDotCast("i-2", 1, "p-jonas", false)).State;
        Assert.Equal([new ItemDots("i-2", 2), new ItemDots(ItemId, 1)], ((WorkshopClosed)WorkshopDecider.Close(state)).Outcome.Votes);
    }

    [Fact]
    public void A_closed_room_takes_no_more_proposals()
    {
        var spec = GivenOpen();
        spec.Server.Apply(WorkshopDecider.Close(spec.State));
        Assert.Equal(RuleViolation.Codes.Refused, spec.Refuses(Title(Op().Insert("x").Retain(19).Build())).Code);
        Assert.Equal(RuleViolation.Codes.Refused, Assert.Throws<RuleViolation>(() => WorkshopDecider.Close(spec.State)).Code);
    }
}

public sealed class ResendSpecs
{
    private static readonly Proposal AddMark = new("op-jonas-1", 2, Title(Op().Retain(19).Insert("!").Build()));

    [Fact]
    public void A_resent_proposal_gets_its_original_revision_and_is_applied_once()
    {
        var spec = GivenOpen();
        Assert.Equal(new Submitted(3, Duplicate: false), spec.Server.Submit(Jonas, AddMark));
        spec.Server.Apply(new WorkshopAgendaMoved(1));
        Assert.Equal(new Submitted(3, Duplicate: true), spec.Server.Submit(Jonas, AddMark with { Base = 4 }));
        Assert.Equal(("Status til udvalget!", 4L), (spec.State.Item(ItemId)!.Title.Text, spec.State.Revision));
    }

    [Fact]
    public void The_same_op_id_from_someone_else_is_another_proposal()
    {
        var spec = GivenOpen();
        spec.Server.Submit(Jonas, AddMark);
        Assert.Equal(new Submitted(4, Duplicate: false), spec.Server.Submit(Mette, AddMark));
        Assert.Equal("Status til udvalget!!", spec.State.Item(ItemId)!.Title.Text);
    }

    [Fact]
    public void A_proposal_needs_a_valid_op_id() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            Assert.Throws<RuleViolation>(() => GivenOpen().Server.Submit(Jonas, AddMark with { Id = "op 1; drop" })).Code);
}
