using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Recovery.Grains.Live;
using Recovery.Grains.Assessments;
using Recovery.Grains.CitizenMeasures;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.ReferenceNetwork;
using Recovery.Grains.Staircase;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;
using Recovery.Grains.Tests.SteeringGroups;
using Recovery.Grains.Tests.Workshops;

namespace Recovery.Grains.Tests.Shared;

/// <summary>Every message that crosses a silo boundary survives Orleans serialization unchanged.</summary>
public sealed class SerializationRoundTripTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(Caller).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    public static TheoryData<object> Messages() =>
    [
        new Caller("p-1", "657", Role.Tovholder, "trace"),
        new Caller("B-7KQ4MX", "657", Role.Citizen, Scope: "657/citizen/B-7KQ4MX"),
        new EnrolCitizen(["p-1"]),
        new ChangeCitizenStaff(["p-1", "p-2"]),
        new IssuePersonalCode(new string('a', 64)),
        new AnswerMeasure(Instrument.Who5, [3, null, 4, 5, 0], true),
        new IssuedPersonalCode("K7M4Q-X2PRW", 4),
        new CitizenView("B-7KQ4MX", true, ["p-1"], true, [new MeasureEntry(Instrument.BriefInspireO, [2, 2, 2, 2, 2], 50, "2026-Q4", Spec.Now, "p-1", false)], 3),
        new LiveNotice("657", "steering:657", 7, ["development_plan_item_added"]),
        new RegisterGroup("657/steering", GroupKind.Steering),
        new EstablishSteeringGroup(),
        new AddMember("p-1", "Mette", Role.Citizen),
        new RemoveMember("p-1"),
        new RecordDecision("d-1", "Titel", "Begrundelse", [Spec.Item("i-2")]),
        new SetSteeringGroupMandate("Mandat"),
        DefaultQuestionnaire.Version1,
        new TemperatureResponse("p-1", ImmutableDictionary<string, int>.Empty.Add("1.1", 4)),
        new PrerequisiteResult(OrganisationalPrerequisite.Culture, 3, 3.5, 0.5, -0.25),
        new EstablishImplementationGroup("Bostøtte", "§ 85"),
        new AddGroupMember("p-1", "Jonas", Role.Citizen),
        new AppointTovholder("p-1"),
        new EditActivity("a-1", new ActivityFields("Titel", "", [1, 3], "p-1", new DateOnly(2026, 1, 1), null, PlanItemStatus.Done)),
        new RecordGroupDecision("d-1", "Titel", "", [new DecidedAction("a-1", "Handling", [2], null, new DateOnly(2026, 5, 1))]),
        new NoteForce("k-1", ForceKind.Barrier, "Travlhed"),
        new ProposeTrialAction("t-1", "Hypotese", "Forsøg", null, new DateOnly(2026, 4, 30)),
        new PromoteTrialAction("t-1", "a-2", [4]),
        Spec.Item(owner: "p-1", due: new DateOnly(2027, 1, 1)),
        new EditPlanItem("i-1", "Titel", "Beskrivelse", null, null, PlanItemStatus.OnHold),
        new RestorePlanItem("i-1", 12),
        new RestorePlanItemTo(new RestorePlanItem("i-1", 12),
            new DevelopmentPlanItem("i-1", OrganisationalPrerequisite.Culture, "Titel", "", "p-1", new DateOnly(2027, 1, 1), PlanItemStatus.Done)),
        new Municipality("657", "Herning", "Midtjylland"),
        new MunicipalityState([new RegisteredGroup("657/steering", GroupKind.Steering)], ProgrammeState.NotJoined),
        new MunicipalityView(new MunicipalityState([], new ProgrammeState(true, "p-1", Spec.Now, ProgrammePhase.Analysis,
            [new ChecklistTick(ChecklistItem.SteeringGroup, "p-1", Spec.Now)], SharesCitizenText: true)), 4),
        new JoinProgramme(),
        new ChangeProgrammePhase(ProgrammePhase.Reporting),
        new TickChecklistItem(ChecklistItem.TemperatureMeasurement, false),
        new ShareCitizenText(true),
        new JoinReferenceNetwork(),
        new LeaveReferenceNetwork(),
        new ProgrammeState(false, null, null, ProgrammePhase.StartUp, [], false, ReferenceNetworkMember: true),
        new NetworkEdition(2, Spec.Now, [new NetworkCell("plan-done", 6, 40.5, 20, 61.2, null),
            NetworkCell.Hidden("who5-mean", SuppressionReason.MembershipChangedTooLittle)]),
        new EditionHeading(1, Spec.Now),
        new MetricFigure(12.5, 7),
        new TextOperationBuilder().Retain(2).Insert("æøå").Delete(1).Build(),
        new AimActivity("a-1", new FigureAim(KeyFigure.StaircaseStep, "sel-85")),
        new AddStep("peer", "Peerstøtte", 1),
        new MoveStep("peer", 0),
        new SetStepCount("2026K3", "sel-85", 270),
        new ImportStepCounts([new StepCountRow("2026K3", "sel-85", 270), new StepCountRow("2026K3", "sel-108", 86)]),
        new RecordMovement("2026K3", "sel-85", "sel-82", 12),
        new SetKeyFigures("2026K3", 22.6m, null),
        new SetExpenditure("2026K3", "sel-108", 26_600_000),
        new CsvRejection(3, "Ukendt trin"),
        StaircaseView.Of(StaircaseState.Initial, 0),
    ];

    private static readonly TextOperation HejAt5 = new TextOperationBuilder().Retain(5).Insert("hej ").Delete(3).Retain(10).Build();

    private static readonly WorkshopOutcome Outcome = new(
        ImmutableDictionary<string, int>.Empty.Add("tovholder", 1).Add("guest", 2), [new ItemDots("i-1", 3)], WorkshopSpec.Plan);

    private static readonly WorkshopStep Step = new(7, "p-mette", "op-1", new WorkshopTextEdited("i-1", "title", HejAt5));

    private static readonly WorkshopSnapshot Snapshot = new(7, "Planværksted", WorkshopSpec.Now, ["Velkomst"],
        new Room(1, WorkshopSpec.Now.AddMinutes(5), "i-1", 3, true), WorkshopSpec.Plan,
        [new MemberView("p-mette", "Mette", "tovholder")], [new ItemDots("i-1", 2)], [new ItemDots("i-1", 1)]);

    private static readonly Participant Guest = new("g-1", "Jonas", "guest", Guest: true, "i-1", "title");

    public static TheoryData<object> WorkshopMessages() =>
    [
        .. new WorkshopEvent[]
        {
            WorkshopSpec.Scheduled,
            WorkshopSpec.Opened,
            new WorkshopParticipantArrived("g-1", "guest"),
            new WorkshopGuestRevoked("g-1"),
            new WorkshopTextEdited("i-1", "description", HejAt5),
            new WorkshopFieldChanged("i-1", "owner", null),
            new WorkshopItemDrafted("i-2", 3, "Borgerpanel"),
            new WorkshopDotCast("i-1", -1, null, Anonymous: true),
            new WorkshopVotingSet(3, Anonymous: false),
            new WorkshopAgendaMoved(1),
            new WorkshopTimerSet(WorkshopSpec.Now.AddMinutes(5)),
            new WorkshopSpotlightMoved(null),
            new WorkshopClosed(Outcome),
        }.Select(e => Step with { Event = e }),
        .. new RoomCommand[]
        {
            new EditText("i-1", "title", HejAt5),
            new ChangeField("i-1", "due", "2027-01-31"),
            new DraftItem("i-2", 3, "Borgerpanel"),
            new CastDot("i-1", 1),
            new SetVoting(3, Anonymous: true),
            new MoveAgenda(1),
            new SetTimer(null),
            new MoveSpotlight("i-1"),
        }.Select(c => new Proposal("op-1", 6, c)),
        Snapshot,
        new Catch(7, 6, Snapshot, null),
        new Catch(7, 6, null, [Step]),
        new Joined(Guest, false, 7, 6, WorkshopSpec.Now, null, [Step], [Guest]),
        new StepBroadcast("657/workshop/ws-1", Step),
        new StorageBroadcast("657/workshop/ws-1", Available: false),
        new PresenceBroadcast("657/workshop/ws-1", [Guest]),
        new EndedBroadcast("657/workshop/ws-1", "revoked", "g-1"),
        Outcome,
        new PlanWorkshop("ws-1", "Planværksted", WorkshopSpec.Now),
        new RecordWorkshop("ws-1", WorkshopSpec.Now, Outcome),
        new GroupWorkshop("ws-1", "Planværksted", WorkshopSpec.Now, WorkshopSpec.Now, Outcome.Attendance, Outcome.Votes),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    [MemberData(nameof(WorkshopMessages))]
    public void A_message_round_trips(object message)
    {
        var copy = RoundTrip(message);
        Assert.IsType(message.GetType(), copy);
        Assert.Equivalent(message, copy, strict: true);
    }

    [Fact]
    public void A_full_steering_group_state_round_trips()
    {
        var state = Spec.GivenEstablished(
                new SteeringDecisionRecorded("d-1", "Titel", "Begrundelse", "p-mette", Spec.Now),
                Spec.ItemAdded(owner: "p-jonas"),
                new SteeringGroupMemberRemoved("p-jonas"))
            .Then(new EstablishSteeringGroup());
        var view = RoundTrip(new SteeringGroupView(state, 6));
        Assert.Equal(6, view.Version);
        StateAssert.Same(state, view.State);
    }

    [Fact]
    public void A_rule_violation_keeps_its_code_and_danish_message()
    {
        var violation = RoundTrip(RuleViolation.Forbidden("Du har ikke adgang til en anden kommunes data."));
        Assert.Equal((RuleViolation.Codes.Forbidden, "Du har ikke adgang til en anden kommunes data."), (violation.Code, violation.Message));
    }

    [Fact]
    public void A_text_operation_is_a_json_list_of_keeps_inserts_and_deletes()
    {
        Assert.Equal(HejAt5.Components, JsonSerializer.Deserialize<TextOperation>("""[5,"hej ",-3,10]""")!.Components);
        Assert.Equal("""[5,"hej ",-3,10]""", JsonSerializer.Serialize(HejAt5));
    }

    [Fact]
    public void A_workshop_event_sent_as_its_base_type_carries_its_kind()
    {
        var json = JsonSerializer.Serialize<WorkshopEvent>(new WorkshopTextEdited("i-1", "title", HejAt5), JsonSerializerOptions.Web);
        Assert.Equal("""{"kind":"text","item":"i-1","field":"title","op":[5,"hej ",-3,10]}""", json);
        Assert.Equivalent(new WorkshopTextEdited("i-1", "title", HejAt5), JsonSerializer.Deserialize<WorkshopEvent>(json, JsonSerializerOptions.Web), strict: true);
    }
}
