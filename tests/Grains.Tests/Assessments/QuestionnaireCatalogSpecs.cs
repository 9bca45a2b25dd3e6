using System.Collections.Immutable;
using Recovery.Grains.Assessments;

namespace Recovery.Grains.Tests.Assessments;

public sealed class QuestionnaireCatalogSpecs
{
    private static readonly CommandContext Coordinator = new(new Caller("p-national", null, Role.NationalCoordinator), DateTimeOffset.UnixEpoch);

    private static ImmutableArray<StatementDraft> Drafts(int perPrerequisite, string wording = "Udsagn") =>
        [.. Enumerable.Range(1, 8).SelectMany(p => Enumerable.Range(1, perPrerequisite).Select(i => new StatementDraft(p, $"{wording} {p}.{i}")))];

    private static QuestionnaireCatalog After(params IEnumerable<QuestionnaireCatalogEvent> events) =>
        events.Aggregate(QuestionnaireCatalog.Initial, QuestionnaireCatalogDecider.Evolve);

    [Fact]
    public void Version_one_ships_with_Recovery_and_is_current_until_another_is_published() =>
        Assert.Equal(1, QuestionnaireCatalog.Initial.Current.Version);

    [Fact]
    public void The_coordinator_publishes_the_next_version_with_ids_from_each_statements_place()
    {
        var published = Assert.IsType<TemperatureQuestionnairePublished>(
            Assert.Single(QuestionnaireCatalogDecider.Decide(new(Drafts(2)), QuestionnaireCatalog.Initial, Coordinator)));
        var catalog = After(published);

        Assert.Equal(2, catalog.Current.Version);
        Assert.Equal(16, catalog.Current.Statements.Length);
        Assert.Equal(("8.2", OrganisationalPrerequisite.Culture), (catalog.Current.Statements[^1].Id, catalog.Current.Statements[^1].Prerequisite));
        Assert.Equal(1, catalog.Versions[0].Version);
    }

    [Fact]
    public void Publishing_the_current_wording_again_adds_no_version()
    {
        var catalog = After(QuestionnaireCatalogDecider.Decide(new(Drafts(3)), QuestionnaireCatalog.Initial, Coordinator));
        Assert.Empty(QuestionnaireCatalogDecider.Decide(new(Drafts(3)), catalog, Coordinator));
    }

    [Theory]
    [InlineData(Role.Tovholder)]
    [InlineData(Role.StrategicLeader)]
    public void Only_the_national_coordinator_publishes(Role role) =>
        Assert.Equal(RuleViolation.Codes.Forbidden, Assert.Throws<RuleViolation>(() =>
            QuestionnaireCatalogDecider.Decide(new(Drafts(2)), QuestionnaireCatalog.Initial, new(new Caller("p-657-mette", "657", role), DateTimeOffset.UnixEpoch))).Code);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Every_prerequisite_has_two_or_three_statements(int perPrerequisite) =>
        Assert.Equal(RuleViolation.Codes.Validation, Assert.Throws<RuleViolation>(() =>
            QuestionnaireCatalogDecider.Decide(new(Drafts(perPrerequisite)), QuestionnaireCatalog.Initial, Coordinator)).Code);

    [Fact]
    public void A_statement_under_a_prerequisite_that_does_not_exist_is_refused() =>
        Assert.Equal(RuleViolation.Codes.Validation, Assert.Throws<RuleViolation>(() =>
            QuestionnaireCatalogDecider.Decide(new([.. Drafts(2), new(9, "Niende")]), QuestionnaireCatalog.Initial, Coordinator)).Code);

    [Fact]
    public void An_empty_or_overlong_statement_is_refused()
    {
        var empty = Drafts(2).SetItem(0, new(1, "  "));
        var overlong = Drafts(2).SetItem(0, new(1, new string('x', QuestionnaireCatalogDecider.StatementMax + 1)));
        foreach (var drafts in new[] { empty, overlong })
            Assert.Equal(RuleViolation.Codes.Validation, Assert.Throws<RuleViolation>(() =>
                QuestionnaireCatalogDecider.Decide(new(drafts), QuestionnaireCatalog.Initial, Coordinator)).Code);
    }
}
