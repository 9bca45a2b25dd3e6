using Recovery.Grains.Municipalities;

namespace Recovery.Grains.Tests.Municipalities;

public sealed class MunicipalityDeciderSpecs
{
    [Fact]
    public void Registering_a_group_adds_it_to_the_registry()
    {
        var events = MunicipalityDecider.Decide(new RegisterGroup("657/steering", GroupKind.Steering), MunicipalityState.Initial);
        var state = events.Aggregate(MunicipalityState.Initial, MunicipalityDecider.Evolve);
        Assert.Equal([new RegisteredGroup("657/steering", GroupKind.Steering)], state.Groups);
    }

    [Fact]
    public void Registering_the_same_group_twice_changes_nothing()
    {
        var state = MunicipalityDecider.Evolve(MunicipalityState.Initial, new MunicipalityGroupRegistered("657/steering", GroupKind.Steering));
        Assert.Empty(MunicipalityDecider.Decide(new RegisterGroup("657/steering", GroupKind.Steering), state));
    }

    [Fact]
    public void The_catalog_holds_the_98_municipalities_with_official_codes()
    {
        Assert.Equal(98, MunicipalityCatalog.All.Count);
        Assert.Equal(new Municipality("657", "Herning", "Midtjylland"), MunicipalityCatalog.Find("657"));
        Assert.All(MunicipalityCatalog.All, m => Assert.Matches("^[0-9]{3}$", m.Code));
        Assert.Equal(5, MunicipalityCatalog.All.Select(m => m.Region).Distinct().Count());
    }
}
