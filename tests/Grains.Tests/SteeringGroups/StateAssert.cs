using System.Collections.Immutable;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Grains.Tests.SteeringGroups;

/// <summary>Immutable lists compare by reference, so states are compared list by list.</summary>
internal static class StateAssert
{
    public static void Same(SteeringGroupState expected, SteeringGroupState actual)
    {
        Assert.Equal(expected.Established, actual.Established);
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected.FormerMembers, actual.FormerMembers);
        Assert.Equal(expected.Decisions, actual.Decisions);
        Assert.Equal(expected.Plan, actual.Plan);
        Assert.Equal(expected.Mandate, actual.Mandate);
        Assert.Equal(expected.CitizenTexts.Order(), actual.CitizenTexts.Order());
        Assert.Equal(expected.Workshops.Count, actual.Workshops.Count);
        foreach (var (e, a) in expected.Workshops.Zip(actual.Workshops))
        {
            Assert.Equal(WithoutCollections(e), WithoutCollections(a));
            Assert.Equal(e.Attendance.OrderBy(p => p.Key), a.Attendance.OrderBy(p => p.Key));
            Assert.Equal(e.Votes, a.Votes);
        }
    }

    private static GroupWorkshop WithoutCollections(GroupWorkshop w) =>
        w with { Attendance = ImmutableDictionary<string, int>.Empty, Votes = default };
}
