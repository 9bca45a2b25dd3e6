namespace Recovery.Grains.Assessments;

/// <summary>Who may publish a questionnaire version and what a version must hold: no I/O.</summary>
public static class QuestionnaireCatalogDecider
{
    public const int MinStatements = 2;
    public const int MaxStatements = 3;
    public const int StatementMax = 300;

    public static IReadOnlyList<QuestionnaireCatalogEvent> Decide(PublishQuestionnaire command, QuestionnaireCatalog catalog, CommandContext context)
    {
        if (!context.Actor.IsNationalCoordinator)
            throw RuleViolation.Forbidden("Kun den nationale koordinator kan udgive en ny version af spørgeskemaet.");
        var drafts = command.Statements.IsDefault ? [] : command.Statements;
        if (drafts.Any(d => d.Prerequisite is < 1 or > 8))
            throw RuleViolation.Invalid("Et udsagn hører til en forudsætning, der ikke findes.");
        var statements = OrganisationalPrerequisites.All.SelectMany(prerequisite =>
        {
            var texts = drafts.Where(d => d.Prerequisite == (int)prerequisite)
                .Select(d => FreeText.Required(d.Text, "Udsagnet", StatementMax)).ToArray();
            if (texts.Length is < MinStatements or > MaxStatements)
                throw RuleViolation.Invalid($"Hver forudsætning skal have {MinStatements}–{MaxStatements} udsagn ({prerequisite.DanishTitle()} har {texts.Length}).");
            return texts.Select((text, i) => new TemperatureStatement($"{(int)prerequisite}.{i + 1}", prerequisite, text));
        }).ToArray();
        // Publishing the wording already current is a retry, not a new version.
        if (catalog.Current.Statements.SequenceEqual(statements)) return [];
        return [new TemperatureQuestionnairePublished(new(catalog.Current.Version + 1, [.. statements]), context.Actor.PersonId, context.Now)];
    }

    public static QuestionnaireCatalog Evolve(QuestionnaireCatalog catalog, QuestionnaireCatalogEvent e) => e switch
    {
        TemperatureQuestionnairePublished p => catalog with { Versions = catalog.Versions.Add(p.Questionnaire) },
        _ => catalog,
    };
}
