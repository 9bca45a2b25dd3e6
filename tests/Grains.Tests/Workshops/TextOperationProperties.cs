using CsCheck;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

public sealed class TextOperationProperties
{
    [Fact]
    public void Two_concurrent_edits_give_the_same_text_whichever_arrives_first() =>
        TextGen.Concurrent.Sample(c =>
        {
            var (aPrime, bPrime) = TextOperation.Transform(c.A, c.B);
            Assert.Equal(aPrime.Apply(c.B.Apply(c.Text)), bPrime.Apply(c.A.Apply(c.Text)));
        }, iter: 5000);

    [Fact]
    public void Concurrent_insertions_are_all_kept() =>
        TextGen.Concurrent.Sample(c =>
        {
            var (_, bPrime) = TextOperation.Transform(c.A, c.B);
            var inserted = c.A.TargetLength - c.A.BaseLength + c.B.TargetLength - c.B.BaseLength;
            var merged = bPrime.Apply(c.A.Apply(c.Text));
            if (c.A.Components.All(x => x is not Delete) && c.B.Components.All(x => x is not Delete))
                Assert.Equal(c.Text.Length + inserted, merged.Length);
        }, iter: 5000);

    [Fact]
    public void A_composed_operation_does_what_the_two_did_in_turn() =>
        TextGen.Sequential.Sample(c =>
            Assert.Equal(c.B.Apply(c.A.Apply(c.Text)), c.A.Compose(c.B).Apply(c.Text)), iter: 5000);

    [Fact]
    public void Undoing_an_operation_restores_the_text() =>
        TextGen.Concurrent.Sample(c =>
            Assert.Equal(c.Text, c.A.Invert(c.Text).Apply(c.A.Apply(c.Text))), iter: 5000);

    [Fact]
    public void Lengths_are_what_the_operation_says() =>
        TextGen.Concurrent.Sample(c =>
        {
            Assert.Equal(c.Text.Length, c.A.BaseLength);
            Assert.Equal(c.A.TargetLength, c.A.Apply(c.Text).Length);
        }, iter: 2000);
}
