namespace Recovery.Grains.Tests.Shared;

public sealed class FreeTextTests
{
    [Theory]
    [InlineData("0101801234")]
    [InlineData("010180-1234")]
    [InlineData("Borgeren (311299 1234) deltog")]
    [InlineData("０１０１８０１２３４")]                 // full-width digits
    public void A_cpr_number_is_recognised(string text) => Assert.True(FreeText.ContainsCpr(text));

    [Theory]
    [InlineData("Møde 12. marts kl. 10")]
    [InlineData("Telefon 12345678")]
    [InlineData("Sagsnummer 3213991234")]          // day 32 is no date, so no CPR number
    [InlineData("12345678901234")]                 // part of a longer number
    public void Ordinary_numbers_are_not_cpr_numbers(string text) => Assert.False(FreeText.ContainsCpr(text));

    [Fact]
    public void Text_is_trimmed_and_kept() => Assert.Equal("Plan", FreeText.Required("  Plan ", "Titel", 10));

    [Fact]
    public void The_limit_counts_the_trimmed_text() => Assert.Equal("abc", FreeText.Optional(" abc ", "Titel", 3));

    [Fact]
    public void Text_over_the_limit_is_refused_with_a_danish_message()
    {
        var error = Assert.Throws<RuleViolation>(() => FreeText.Required("abcd", "Titel", 3));
        Assert.Equal((RuleViolation.Codes.Validation, "Titel må højst være 3 tegn (er 4)."), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("strategic-leader", Role.StrategicLeader)]
    [InlineData("national-coordinator", Role.NationalCoordinator)]
    [InlineData("tovholder", Role.Tovholder)]
    public void Token_role_names_map_to_roles_and_back(string claim, Role role)
    {
        Assert.Equal(role, RoleNames.FromClaim(claim));
        Assert.Equal(claim, role.ToClaim());
    }

    [Fact]
    public void An_unknown_role_claim_is_no_role() => Assert.Null(RoleNames.FromClaim("admin"));
}
