using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

public sealed class WorkshopPresenceTests
{
    private static Participant Person(int n) => new($"g-{n}", $"Gæst {n}", "guest", Guest: true);

    [Fact]
    public void A_full_room_refuses_one_more_person_but_not_another_device_of_someone_already_there()
    {
        var presence = new WorkshopPresence();
        for (var n = 0; n < RoomDecider.MaxParticipants; n++) presence.Enter($"c-{n}", Person(n));

        Assert.Equal(RuleViolation.Codes.Refused, Assert.Throws<RuleViolation>(() => presence.Enter("c-new", Person(1000))).Code);
        presence.Enter("c-phone", Person(7));
        Assert.Equal(RoomDecider.MaxParticipants, presence.List().Length);
        Assert.DoesNotContain(presence.List(), p => p.Id == "g-1000");
    }

    [Fact]
    public void Someone_with_two_devices_is_listed_once_with_what_they_are_editing()
    {
        var presence = new WorkshopPresence();
        presence.Enter("laptop", Person(1));
        presence.Enter("phone", Person(1));

        presence.Focus("laptop", "i-1", ItemFields.Description);

        var listed = Assert.Single(presence.List());
        Assert.Equal(("i-1", ItemFields.Description), (listed.Item, listed.Field));
    }
}
