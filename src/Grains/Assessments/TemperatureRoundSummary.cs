using System.Collections.Immutable;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Recovery.Grains.Assessments;

/// <summary>A round as the municipality's list of rounds shows it, and where a closing round finds the previous results.</summary>
public sealed record TemperatureRoundSummary(
    string Id, string Title, int QuestionnaireVersion, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, ImmutableArray<PrerequisiteResult> Results,
    string[]? Respondents = null) : ICrossMunicipalityReadModel;

/// <summary>Keeps <see cref="TemperatureRoundSummary"/> inline with the round's events (id = stream key); rebuildable from them.</summary>
public sealed class TemperatureRoundSummaryProjection : SingleStreamProjection<TemperatureRoundSummary, string>
{
    public TemperatureRoundSummaryProjection()
    {
        foreach (var type in EventTypes.Of<TemperatureRoundEvent>()) IncludeType(type);
    }

    public override TemperatureRoundSummary? Evolve(TemperatureRoundSummary? snapshot, string id, IEvent e) => e.Data switch
    {
        TemperatureRoundOpened x => new(id, x.Title, x.Questionnaire.Version, x.At, null, [], x.Respondents),
        TemperatureRoundClosed x when snapshot is not null => snapshot with { ClosedAt = x.At, Results = [.. x.Results] },
        _ => snapshot,
    };
}
