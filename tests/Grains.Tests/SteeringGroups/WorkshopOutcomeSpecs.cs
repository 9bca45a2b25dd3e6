using System.Collections.Immutable;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;
using static Recovery.Grains.Tests.SteeringGroups.Spec;

namespace Recovery.Grains.Tests.SteeringGroups;

public sealed class WorkshopOutcomeSpecs
{
    private static RecordWorkshop Held(params (string Role, int Count)[] attendance) =>
        new("ws-1", Now, new WorkshopOutcome(attendance.ToImmutableDictionary(a => a.Role, a => a.Count), [],
            [new WorkshopItem("i-1", 1, "Status til udvalget hvert halve år", "", "planned", null, null),
             new WorkshopItem("i-new", 3, "Ledelsen følger op", "", "planned", null, null)]));

    private static Spec Planned() => GivenEstablished(ItemAdded("i-1"), new WorkshopPlanned("ws-1", "Planværksted", Now));

    [Fact]
    public void Texts_written_in_a_room_with_citizens_are_marked_as_theirs()
    {
        var events = Planned().When(Held(("tovholder", 1), ("guest", 2)));
        Assert.Equal(["i-1", "i-new"], events.OfType<SteeringCitizenTextWritten>().Select(e => e.ItemId));
    }

    [Fact]
    public void A_room_of_staff_only_marks_nothing() =>
        Assert.Empty(Planned().When(Held(("tovholder", 1), ("staff", 3))).OfType<SteeringCitizenTextWritten>());
}
