using Recovery.Grains.Shared;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Isolation;

/// <summary>Who an operation is for.</summary>
public abstract record Need
{
    /// <summary>Someone with this right in the municipality the ids belong to (the grain's <see cref="Access"/>).</summary>
    public sealed record Tenant(Access Access) : Need;

    /// <summary>The national coordinator only.</summary>
    public sealed record Coordinator : Need;

    /// <summary>Anyone, signed in or not; the reason says why nothing private is in it.</summary>
    public sealed record Public(string Because) : Need;

    /// <summary>Anyone signed in, about themselves only.</summary>
    public sealed record Self(string Because) : Need;
}

/// <summary>One operation and how to call it with a target municipality's ids.</summary>
public abstract record Entry(string Operation, Need Need);

/// <summary>A Query, Mutation or Municipality field; the arguments are named as in the schema (Municipality fields get the code separately).</summary>
public sealed record FieldEntry(string Operation, Need Need, Func<Target, Dictionary<string, object?>> Arguments) : Entry(Operation, Need);

/// <summary>A hub method: the arguments of each call it is tried with.</summary>
public sealed record HubEntry(string Operation, Need Need, Func<Target, IEnumerable<object?[]>> Calls) : Entry(Operation, Need);

/// <summary>
/// Every GraphQL field and hub method a client can call, with the right it needs. A new operation
/// fails the coverage test until it is added here, so none escapes the isolation matrix.
/// </summary>
public static class Catalogue
{
    private static readonly Access Read = Access.Read, Contribute = Access.Contribute, Govern = Access.Govern;

    private static Dictionary<string, object?> None(Target _) => [];
    private static Dictionary<string, object?> Code(Target t) => new() { ["municipalityCode"] = t.Code };
    private static Dictionary<string, object?> Input(object input) => new() { ["input"] = input };

    private static FieldEntry Q(string field, Need need, Func<Target, Dictionary<string, object?>>? arguments = null) => new($"Query.{field}", need, arguments ?? None);
    private static FieldEntry M(string field, Access access, Func<Target, Dictionary<string, object?>> arguments) => new($"Mutation.{field}", new Need.Tenant(access), arguments);
    private static FieldEntry Of(string field, Access access, Func<Target, Dictionary<string, object?>>? arguments = null) => new($"Municipality.{field}", new Need.Tenant(access), arguments ?? None);

    private const string Quarter = "2026K3";

    public static IReadOnlyList<Entry> All { get; } =
    [
        Q("me", new Need.Self("Svarer kun med den kaldendes egne oplysninger fra tokenet.")),
        Q("municipalities", new Need.Public("Landets kommuneliste (kode, navn, region) er offentlig.")),
        Q("municipality", new Need.Public("Kode, navn og region er offentlige; hvert felt med kommunens data er sin egen post under Municipality."),
            t => new() { ["code"] = t.Code }),
        Q("prerequisites", new Need.Public("De seks organisatoriske forudsætninger er programmets faste tekst.")),
        Q("principles", new Need.Public("Principperne er programmets faste tekst.")),
        Q("temperatureQuestionnaire", new Need.Public("Spørgeskemaet er nationalt og ens for alle.")),
        Q("temperatureQuestionnaires", new Need.Public("Spørgeskemaets versioner er nationale og ens for alle.")),
        Q("citizenMeasureInstruments", new Need.Public("Måleredskaberne (WHO-5, BRIEF INSPIRE-O) er faste og offentlige.")),
        Q("nationalConsole", new Need.Coordinator()),
        Q("municipalityProgress", new Need.Tenant(Read), t => new() { ["code"] = t.Code }),
        Q("referenceNetwork", new Need.Tenant(Read), t => new() { ["code"] = t.Code }),

        new FieldEntry("Municipality.code", new Need.Public("Kommunens officielle kode."), None),
        new FieldEntry("Municipality.name", new Need.Public("Kommunens officielle navn."), None),
        new FieldEntry("Municipality.region", new Need.Public("Kommunens region."), None),
        Of("programme", Read),
        Of("steeringGroup", Read),
        Of("implementationGroups", Read),
        Of("implementationGroup", Read, t => new() { ["slug"] = t.Slug }),
        Of("actions", Read),
        Of("implementationGroupSummaries", Read),
        Of("groupReports", Read),
        Of("people", Govern),
        Of("erasures", Govern),
        Of("temperatureRounds", Read),
        Of("temperatureRound", Read, t => new() { ["id"] = t.Round }),
        Of("caseReviews", Read),
        Of("caseReview", Read, t => new() { ["id"] = t.Review }),
        Of("myCitizens", Contribute),
        Of("citizen", Access.Participate, t => new() { ["pseudonym"] = t.Citizen }),
        Of("citizenMeasureAggregates", Read, _ => new() { ["instrument"] = "who5" }),
        Of("citizenAccessLog", Govern, _ => new() { ["offset"] = 0, ["limit"] = 10 }),
        Of("progressReport", Read),
        Of("staircase", Read),

        M("joinProgramme", Access.Lead, Code),
        M("changeProgrammePhase", Access.Steer, t => new() { ["municipalityCode"] = t.Code, ["phase"] = "ANALYSIS" }),
        M("tickChecklistItem", Govern, t => new() { ["municipalityCode"] = t.Code, ["item"] = "STEERING_GROUP", ["ticked"] = true }),
        M("shareCitizenText", Govern, t => new() { ["municipalityCode"] = t.Code, ["shared"] = true }),
        M("joinReferenceNetwork", Govern, Code),
        M("leaveReferenceNetwork", Govern, Code),
        new FieldEntry("Mutation.publishReferenceNetworkEdition", new Need.Coordinator(), None),
        new FieldEntry("Mutation.publishTemperatureQuestionnaire", new Need.Coordinator(),
            _ => Input(new { statements = new[] { new { prerequisite = 1, text = "Et nyt udsagn" } } })),

        M("establishSteeringGroup", Govern, Code),
        M("addSteeringGroupMember", Govern, t => Input(new { municipalityCode = t.Code, name = "Ny Deltager", role = "STAFF" })),
        M("removeSteeringGroupMember", Govern, t => Input(new { municipalityCode = t.Code, personId = t.SteeringMember })),
        M("recordDecision", Govern, t => Input(new { municipalityCode = t.Code, title = "Beslutning" })),
        M("setSteeringGroupMandate", Govern, t => Input(new { municipalityCode = t.Code, mandate = "Kommissorium" })),
        M("addPlanItem", Contribute, t => Input(new { municipalityCode = t.Code, prerequisite = 2, title = "Nyt punkt" })),
        M("editPlanItem", Contribute, t => Input(new { municipalityCode = t.Code, itemId = t.PlanItem, title = "Omdøbt", status = "IN_PROGRESS" })),
        M("aimPlanItem", Contribute, t => Input(new { municipalityCode = t.Code, itemId = t.PlanItem, stepId = t.Step })),
        M("restorePlanItem", Contribute, t => Input(new { municipalityCode = t.Code, itemId = t.PlanItem, version = 1 })),

        M("establishImplementationGroup", Govern, t => Input(new { municipalityCode = t.Code, slug = "ny-gruppe", name = "Ny gruppe" })),
        M("addImplementationGroupMember", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, name = "Nyt Medlem", role = "STAFF" })),
        M("removeImplementationGroupMember", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, personId = t.GroupMember })),
        M("appointImplementationGroupTovholder", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, personId = t.GroupMember })),
        M("setImplementationGroupMandate", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, mandate = "Mandat" })),
        M("addActivity", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, title = "Ny aktivitet", principles = new[] { 2 } })),
        M("editActivity", Contribute, t => Input(new
        {
            municipalityCode = t.Code, slug = t.Slug, activityId = t.Activity, title = "Omdøbt", principles = new[] { 1 }, status = "IN_PROGRESS",
        })),
        M("aimActivity", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, activityId = t.Activity, stepId = t.Step })),
        M("restoreActivity", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, activityId = t.Activity, version = 1 })),
        M("followUpActivity", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, activityId = t.Activity, note = "Opfølgning" })),
        M("recordGroupDecision", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, title = "Beslutning" })),
        M("noteDriverOrBarrier", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, kind = "BARRIER", text = "Barriere" })),
        M("removeDriverOrBarrier", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, forceId = t.Force })),
        M("submitGroupReport", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, title = "Rapport", text = "Status" })),
        M("proposeTrialAction", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, hypothesis = "Hvis", trial = "Forsøg" })),
        M("recordTrialLearning", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, trialId = t.Trial, learning = "Læring" })),
        M("promoteTrialAction", Contribute, t => Input(new { municipalityCode = t.Code, slug = t.Slug, trialId = t.Trial, principles = new[] { 1 } })),

        M("openTemperatureRound", Govern, t => Input(new { municipalityCode = t.Code, title = "Måling", respondentIds = new[] { t.PersonId } })),
        M("answerTemperatureRound", Contribute, t => Input(new { municipalityCode = t.Code, roundId = t.Round, answers = new[] { new { statement = "1.1", score = 3 } } })),
        M("closeTemperatureRound", Govern, t => Input(new { municipalityCode = t.Code, roundId = t.Round })),
        M("reflectOnTemperatureRound", Govern, t => Input(new { municipalityCode = t.Code, roundId = t.ClosedRound, question = 1, answer = "Refleksion" })),

        M("startCaseReview", Govern, t => Input(new { municipalityCode = t.Code, title = "Gennemgang" })),
        M("addReviewedCase", Contribute, t => Input(new { municipalityCode = t.Code, reviewId = t.Review, reference = "Sag 2" })),
        M("judgeReviewedCase", Contribute, t => Input(new { municipalityCode = t.Code, reviewId = t.Review, caseId = t.Case, principle = 1, judgement = "PARTLY" })),
        M("removeReviewedCase", Contribute, t => Input(new { municipalityCode = t.Code, reviewId = t.Review, caseId = t.Case })),
        M("concludeCaseReview", Govern, t => Input(new { municipalityCode = t.Code, reviewId = t.Review })),

        M("addStaircaseStep", Govern, t => Input(new { municipalityCode = t.Code, stepId = "nyt-trin", name = "Nyt trin" })),
        M("renameStaircaseStep", Govern, t => Input(new { municipalityCode = t.Code, stepId = t.Step, name = "Omdøbt trin" })),
        M("moveStaircaseStep", Govern, t => Input(new { municipalityCode = t.Code, stepId = t.Step, position = 1 })),
        M("removeStaircaseStep", Govern, t => Input(new { municipalityCode = t.Code, stepId = t.OtherStep })),
        M("setStaircaseCount", Govern, t => Input(new { municipalityCode = t.Code, quarter = Quarter, stepId = t.Step, count = 4 })),
        M("recordStaircaseMovement", Govern, t => Input(new { municipalityCode = t.Code, quarter = Quarter, fromStepId = t.Step, toStepId = t.OtherStep, count = 1 })),
        M("setKeyFigures", Govern, t => Input(new { municipalityCode = t.Code, quarter = Quarter, readmissionShare = 12.5m })),
        M("setExpenditure", Govern, t => Input(new { municipalityCode = t.Code, quarter = Quarter, stepId = t.Step, amount = 1000L })),

        M("enrolCitizen", Contribute, t => Input(new { municipalityCode = t.Code })),
        M("changeCitizenStaff", Contribute, t => Input(new { municipalityCode = t.Code, pseudonym = t.Citizen, ownStaffIds = new[] { t.PersonId } })),
        M("issuePersonalCode", Contribute, t => Input(new { municipalityCode = t.Code, pseudonym = t.Citizen })),
        M("eraseCitizenMeasures", Govern, t => Input(new { municipalityCode = t.Code, pseudonym = t.Citizen })),
        M("erasePerson", Govern, t => Input(new { municipalityCode = t.Code, personId = t.SteeringMember })),
        M("answerCitizenMeasure", Access.Participate, t => Input(new
        {
            municipalityCode = t.Code, pseudonym = t.Citizen, instrument = "who5", onBehalf = true, answers = new[] { new { item = 1, value = 3 } },
        })),

        M("scheduleWorkshop", Govern, t => new()
        {
            ["municipalityCode"] = t.Code, ["title"] = "Værksted", ["startsAt"] = "2026-12-03T09:00:00+01:00", ["agenda"] = new[] { "Velkomst" },
        }),
        M("openWorkshop", Govern, t => new() { ["municipalityCode"] = t.Code, ["id"] = t.Room.Id }),
        M("closeWorkshop", Govern, t => new() { ["municipalityCode"] = t.Code, ["id"] = t.Room.Id }),
        M("revokeWorkshopGuest", Govern, t => new() { ["municipalityCode"] = t.Code, ["id"] = t.Room.Id, ["participant"] = t.Guest.Participant }),

        new HubEntry("WorkshopHub.Join", new Need.Tenant(Access.Participate), t => [[t.Room.Workshop, null, false]]),
        new HubEntry("WorkshopHub.CatchUp", new Need.Tenant(Access.Participate), t => [[t.Room.Workshop, 0L, true]]),
        new HubEntry("WorkshopHub.Submit", new Need.Tenant(Access.Participate), t => [[t.Room.Workshop, Proposal(t)]]),
        new HubEntry("WorkshopHub.Focus", new Need.Tenant(Access.Participate), t => [[t.Room.Workshop, t.Room.Item, ItemFields.Title]]),
        new HubEntry("WorkshopHub.Leave", new Need.Tenant(Access.Participate), t => [[t.Room.Workshop]]),
        new HubEntry("LiveHub.Follow", new Need.Tenant(Read), t => t.Streams.Select(s => new object?[] { s })),
        new HubEntry("LiveHub.Follow", new Need.Coordinator(), _ => [["national"]]),
        new HubEntry("LiveHub.Unfollow", new Need.Self("Tager kun den kaldendes egen forbindelse ud af en gruppe; andres forbindelser berøres ikke."),
            t => t.Streams.Select(s => new object?[] { s })),
    ];

    /// <summary>A well-formed edit of the room's first item, so only the caller's right can stop it.</summary>
    public static TextProposal Proposal(Target t) =>
        new($"op-{Guid.NewGuid():N}", t.Opened, new TextCommand(t.Room.Item, ItemFields.Title, new TextOperationBuilder().Retain(Rooms.ItemTitle.Length).Insert(" matrix").Build()));
}
