using System.Collections.Immutable;

namespace Recovery.Grains.Assessments;

/// <summary>
/// The published versions of the temperature questionnaire, oldest first. Version 1 ships with
/// Recovery and is always there; the national coordinator publishes the later ones.
/// </summary>
[GenerateSerializer, Immutable, Alias("assessments.questionnaire-catalog")]
public sealed record QuestionnaireCatalog([property: Id(0)] ImmutableList<TemperatureQuestionnaire> Versions)
{
    public static QuestionnaireCatalog Initial { get; } = new([DefaultQuestionnaire.Version1]);

    /// <summary>The version new rounds are opened on.</summary>
    public TemperatureQuestionnaire Current => Versions[^1];
}

/// <summary>A statement as the coordinator writes it; its id is given by its place under its prerequisite.</summary>
[GenerateSerializer, Immutable, Alias("assessments.statement-draft")]
public sealed record StatementDraft([property: Id(0)] int Prerequisite, [property: Id(1)] string Text);

/// <summary>Asks to publish the next version of the questionnaire.</summary>
[GenerateSerializer, Immutable, Alias("assessments.publish-questionnaire")]
public sealed record PublishQuestionnaire([property: Id(0)] ImmutableArray<StatementDraft> Statements);

public abstract record QuestionnaireCatalogEvent;

public sealed record TemperatureQuestionnairePublished(TemperatureQuestionnaire Questionnaire, string PublishedBy, DateTimeOffset At)
    : QuestionnaireCatalogEvent;
