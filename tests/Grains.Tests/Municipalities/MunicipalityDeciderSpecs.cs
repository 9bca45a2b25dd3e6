using Recovery.Grains.Municipalities;
using static Recovery.Grains.Tests.Municipalities.ProgrammeSpec;

namespace Recovery.Grains.Tests.Municipalities;

public sealed class MunicipalityDeciderSpecs
{
    [Fact]
    public void Registering_a_group_adds_it_to_the_registry()
    {
        var events = Given().When(new RegisterGroup("657/steering", GroupKind.Steering), Tovholder);
        var state = events.Aggregate(MunicipalityState.Initial, MunicipalityDecider.Evolve);
        Assert.Equal([new RegisteredGroup("657/steering", GroupKind.Steering)], state.Groups);
    }

    [Fact]
    public void Registering_the_same_group_twice_changes_nothing() =>
        Assert.Empty(Given(new MunicipalityGroupRegistered("657/steering", GroupKind.Steering))
            .When(new RegisterGroup("657/steering", GroupKind.Steering), Tovholder));

    [Fact]
    public void The_registry_holds_at_most_fifty_groups()
    {
        var full = Enumerable.Range(0, MunicipalityDecider.MaxGroups)
            .Select(i => (MunicipalityEvent)new MunicipalityGroupRegistered($"657/impl/g-{i}", GroupKind.Implementation)).ToArray();
        Assert.Equal(RuleViolation.Codes.Refused,
            Assert.Throws<RuleViolation>(() => Given(full).When(new RegisterGroup("657/impl/one-more", GroupKind.Implementation), Tovholder)).Code);
        Assert.Empty(Given(full).When(new RegisterGroup("657/impl/g-3", GroupKind.Implementation), Tovholder));
    }

    [Fact]
    public void A_group_registers_before_the_municipality_joins_the_programme() =>
        Assert.Single(Given().When(new RegisterGroup("657/steering", GroupKind.Steering), Tovholder));

    [Fact]
    public void The_catalog_holds_the_98_municipalities_with_official_codes()
    {
        Assert.Equal(98, MunicipalityCatalog.All.Count);
        Assert.Equal(new Municipality("657", "Herning", "Midtjylland"), MunicipalityCatalog.Find("657"));
        Assert.All(MunicipalityCatalog.All, m => Assert.Matches("^[0-9]{3}$", m.Code));
        Assert.Equal(5, MunicipalityCatalog.All.Select(m => m.Region).Distinct().Count());
    }
}
