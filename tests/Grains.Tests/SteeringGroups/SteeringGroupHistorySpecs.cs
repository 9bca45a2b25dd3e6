using Recovery.Grains.SteeringGroups;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

/// <summary>Each kind of event in plain Danish, told against the state just before it.</summary>
public sealed class SteeringGroupHistorySpecs
{
    private static readonly SteeringGroupState Before = Given(
        new SteeringGroupEstablished("p-mette"),
        new SteeringGroupMemberAdded("p-jonas", Role.Citizen),
        new DevelopmentPlanItemAdded("i-1", OrganisationalPrerequisite.PoliticalFocus, "A", "", null, new DateOnly(2026, 4, 1), PlanItemStatus.Planned),
        new WorkshopPlanned("ws-1", "Planværksted", Now),
        new SteeringDecisionRecorded("d-1", "Vi omlægger", "", "p-mette", Now)).State;

    public static TheoryData<SteeringGroupEvent, string?, string> Cases() => new()
    {
        { new SteeringGroupEstablished("p-mette"), null, "oprettede styregruppen" },
        { new SteeringGroupMemberAdded("p-sara", Role.Staff), null, "tilføjede {person:p-sara} til styregruppen" },
        { new SteeringGroupMemberRemoved("p-jonas"), null, "fjernede {person:p-jonas} fra styregruppen" },
        { new SteeringDecisionRecorded("d-1", "Vi omlægger", "", "p-mette", Now), null, "noterede beslutningen \"Vi omlægger\"" },
        { new SteeringGroupMandateSet("Styregruppen leder omlægningen."), null, "ændrede styregruppens mandat" },
        { new SteeringGroupMandateSet(""), null, "fjernede styregruppens mandat" },
        { new DevelopmentPlanItemDecided("i-1", "d-1"), "i-1", "knyttede punktet til beslutningen \"Vi omlægger\"" },
        { new DevelopmentPlanItemAdded("i-2", OrganisationalPrerequisite.Culture, "X", "", null, null, PlanItemStatus.Planned), "i-2", "tilføjede punktet \"X\"" },
        { new DevelopmentPlanItemRetitled("i-1", "B"), "i-1", "omdøbte punktet fra \"A\" til \"B\"" },
        { new DevelopmentPlanItemDescribed("i-1", "Mere tekst"), "i-1", "ændrede beskrivelsen" },
        { new DevelopmentPlanItemDescribed("i-1", ""), "i-1", "fjernede beskrivelsen" },
        { new DevelopmentPlanItemOwnerAssigned("i-1", "p-123"), "i-1", "gav ansvaret til {person:p-123}" },
        { new DevelopmentPlanItemOwnerAssigned("i-1", null), "i-1", "fjernede den ansvarlige" },
        { new DevelopmentPlanItemRescheduled("i-1", new DateOnly(2026, 4, 15)), "i-1", "ændrede fristen fra 1. april 2026 til 15. april 2026" },
        { new DevelopmentPlanItemRescheduled("i-1", null), "i-1", "fjernede fristen (1. april 2026)" },
        { new DevelopmentPlanItemStatusChanged("i-1", PlanItemStatus.InProgress), "i-1", "ændrede status fra Planlagt til I gang" },
        { new DevelopmentPlanItemRestored("i-1", 12), "i-1", "gendannede punktet til versionen fra {version:12}" },
        { new WorkshopPlanned("ws-2", "Opfølgning", Now), null, "planlagde workshoppen \"Opfølgning\"" },
        { new WorkshopHeld("ws-1", Now, new Dictionary<string, int>(), []), null, "afholdt workshoppen \"Planværksted\"" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_event_kind_is_told_in_danish(SteeringGroupEvent e, string? itemId, string text) =>
        Assert.Equal(new Narration(itemId, text), SteeringGroupHistory.Narrate(Before, e));

    [Fact]
    public void The_mark_on_a_citizens_words_is_not_told_as_something_anyone_did() =>
        Assert.Null(SteeringGroupHistory.Narrate(Before, new SteeringCitizenTextWritten("i-1")));

    [Fact]
    public void A_first_due_date_is_set_not_changed() =>
        Assert.Equal("satte fristen til 3. marts 2027",
            SteeringGroupHistory.Narrate(Given(ItemAdded()).State, new DevelopmentPlanItemRescheduled("i-1", new DateOnly(2027, 3, 3)))?.Text);

    [Fact]
    public void Braces_in_free_text_are_doubled_so_they_never_read_as_a_person() =>
        Assert.Equal("tilføjede punktet \"{{person:p-mette}}\"",
            SteeringGroupHistory.Narrate(Before, new DevelopmentPlanItemAdded("i-9", OrganisationalPrerequisite.Culture, "{person:p-mette}", "", null, null, PlanItemStatus.Planned))?.Text);
}
