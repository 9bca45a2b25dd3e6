namespace Recovery.Grains.SteeringGroups;

/// <summary>
/// The measurement a development-plan item was made from (a weak prerequisite in a temperature
/// round, a principle in a case review), so the item and the measurement link to each other.
/// </summary>
[GenerateSerializer, Immutable, Alias("steering.plan-item-source")]
public sealed record PlanItemSource([property: Id(0)] MeasurementKind Kind, [property: Id(1)] string Id);

public enum MeasurementKind
{
    TemperatureRound,
    CaseReview,
}
