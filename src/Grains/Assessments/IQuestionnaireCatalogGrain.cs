namespace Recovery.Grains.Assessments;

/// <summary>
/// The one national catalogue of temperature questionnaire versions (key 0). Not a tenant grain:
/// every municipality reads the same wording; only the national coordinator publishes.
/// </summary>
[Alias("recovery.questionnaire-catalog")]
public interface IQuestionnaireCatalogGrain : IGrainWithIntegerKey
{
    [Alias("catalog")]
    Task<QuestionnaireCatalog> Catalog();

    /// <summary>Returns the catalogue's stream version; the decider admits only the national coordinator.</summary>
    [Alias("publish")]
    Task<long> Publish(PublishQuestionnaire command);
}
