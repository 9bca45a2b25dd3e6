namespace Recovery.Grains.Shared;

/// <summary>Where a plan item stands: planlagt, i gang, færdig, sat på pause.</summary>
public enum PlanItemStatus { Planned, InProgress, Done, OnHold }

public static class PlanItemStatuses
{
    public static string DanishName(this PlanItemStatus status) => status switch
    {
        PlanItemStatus.InProgress => "I gang",
        PlanItemStatus.Done => "Færdig",
        PlanItemStatus.OnHold => "Sat på pause",
        _ => "Planlagt",
    };
}
