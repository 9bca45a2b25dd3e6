using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

public sealed class TextOperationSpecs
{
    private static TextOperationBuilder Op() => new();

    [Fact]
    public void An_insertion_and_a_deletion_elsewhere_both_take_effect()
    {
        var insertX = Op().Retain(1).Insert("X").Retain(2).Build();   // "abc" -> "aXbc"
        var deleteB = Op().Retain(1).Delete(1).Retain(1).Build();     // "abc" -> "ac"
        var (x, b) = TextOperation.Transform(insertX, deleteB);
        Assert.Equal("aXc", x.Apply(deleteB.Apply("abc")));
        Assert.Equal("aXc", b.Apply(insertX.Apply("abc")));
    }

    [Fact]
    public void At_the_same_place_the_earlier_applied_insertion_comes_first()
    {
        var mette = Op().Retain(3).Insert(" Mette").Build();
        var jonas = Op().Retain(3).Insert(" Jonas").Build();
        var (_, jonasAfter) = TextOperation.Transform(mette, jonas);
        Assert.Equal("Hej Mette Jonas", jonasAfter.Apply(mette.Apply("Hej")));
    }

    [Fact]
    public void Deleting_the_same_text_twice_deletes_it_once()
    {
        var a = Op().Delete(2).Retain(1).Build();
        var b = Op().Retain(1).Delete(2).Build();
        var (aPrime, bPrime) = TextOperation.Transform(a, b);
        Assert.Equal("", aPrime.Apply(b.Apply("abc")));
        Assert.Equal("", bPrime.Apply(a.Apply("abc")));
    }

    [Fact]
    public void Equal_changes_build_equal_operations() =>
        Assert.Equal(
            Op().Retain(1).Insert("ab").Delete(2).Build().Components,
            Op().Retain(1).Delete(1).Insert("a").Delete(1).Insert("b").Build().Components);

    [Fact]
    public void An_operation_for_another_text_length_is_refused() =>
        Assert.Throws<ArgumentException>(() => Op().Retain(5).Build().Apply("abc"));
}
