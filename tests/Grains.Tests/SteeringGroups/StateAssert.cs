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
    }
}
