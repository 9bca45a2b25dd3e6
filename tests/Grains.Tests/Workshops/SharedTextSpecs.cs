using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

public sealed class SharedTextSpecs
{
    private static readonly TextOperation Hello = new TextOperationBuilder().Insert("Hej").Build();

    [Fact]
    public void Resending_an_applied_edit_returns_its_revision_and_changes_nothing()
    {
        var (once, first) = SharedText.Empty.Receive("e-1", "mette", 0, Hello);
        var (twice, again) = once.Receive("e-1", "mette", 0, Hello);
        Assert.Same(once, twice);
        Assert.Equal((first.Revision, true), (again.Revision, again.Duplicate));
        Assert.Equal("Hej", twice.Text);
    }

    [Fact]
    public void An_edit_made_on_an_older_revision_is_moved_past_what_came_since()
    {
        var (text, _) = SharedText.Empty.Receive("e-1", "mette", 0, Hello);
        var (later, _) = text.Receive("e-2", "mette", 1, new TextOperationBuilder().Retain(3).Insert("!").Build());
        var (merged, receipt) = later.Receive("e-1", "jonas", 1, new TextOperationBuilder().Insert("Ja, ").Retain(3).Build());
        Assert.Equal(("Ja, Hej!", 3), (merged.Text, receipt.Revision));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void A_revision_that_does_not_exist_is_refused(int revision) =>
        Assert.Equal(RuleViolation.Codes.Validation,
            Assert.Throws<RuleViolation>(() => SharedText.Empty.Receive("e-1", "mette", revision, Hello)).Code);

    [Fact]
    public void An_edit_for_a_text_of_another_length_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation,
            Assert.Throws<RuleViolation>(() => SharedText.Empty.Receive("e-1", "mette", 0, new TextOperationBuilder().Retain(4).Build())).Code);

    [Fact]
    public void A_text_over_the_limit_is_refused() =>
        Assert.Throws<RuleViolation>(() =>
            SharedText.Empty.Receive("e-1", "mette", 0, new TextOperationBuilder().Insert(new string('x', SharedText.MaxLength + 1)).Build()));
}
