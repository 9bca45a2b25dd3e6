using System.Collections.Immutable;

namespace Recovery.Grains.Tests.Shared;

public sealed class StateShapeTests
{
    private sealed record Inner(string Name, DateOnly? Due);
    private sealed record InnerRenamed(string Title, DateOnly? Due);
    private sealed record InnerRetyped(string Name, DateTime? Due);
    private enum Status { Planned, Done }
    [Fold(2)] private sealed record FoldedTwice(string Name);

    [Fact]
    public void The_same_type_has_the_same_shape() =>
        Assert.Equal(StateShape.Of(typeof(ImmutableList<Inner>)), StateShape.Of(typeof(ImmutableList<Inner>)));

    [Fact]
    public void A_renamed_or_retyped_property_deep_inside_a_collection_changes_the_shape()
    {
        var shape = StateShape.Of(typeof(ImmutableList<Inner>));
        Assert.NotEqual(shape, StateShape.Of(typeof(ImmutableList<InnerRenamed>)));
        Assert.NotEqual(shape, StateShape.Of(typeof(ImmutableList<InnerRetyped>)));
        Assert.NotEqual(shape, StateShape.Of(typeof(ImmutableArray<Inner>)));
    }

    [Fact]
    public void An_enum_is_part_of_the_shape_with_its_members() =>
        Assert.NotEqual(StateShape.Of(typeof(Status)), StateShape.Of(typeof(DayOfWeek)));

    [Fact]
    public void Raising_the_fold_version_changes_the_shape_and_the_attribute_is_what_counts()
    {
        Assert.NotEqual(StateShape.Of(typeof(Inner), 1), StateShape.Of(typeof(Inner), 2));
        Assert.Equal(StateShape.Of(typeof(Inner), 1), StateShape.Of(typeof(Inner)));
        Assert.Equal(StateShape.Of(typeof(FoldedTwice), 2), StateShape.Of(typeof(FoldedTwice)));
    }
}
