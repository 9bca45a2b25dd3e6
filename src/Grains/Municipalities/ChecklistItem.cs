namespace Recovery.Grains.Municipalities;

/// <summary>
/// The preparation checklist (<i>tjekliste</i>) from the agency's guide. Stored in events as
/// numbers, so an item keeps its number for good.
/// </summary>
public enum ChecklistItem
{
    SteeringGroup = 1,
    ImplementationGroups = 2,
    CitizensRepresented = 3,
    TemperatureMeasurement = 4,
    PrerequisitesPlan = 5,
}

public static class ChecklistItems
{
    public static IReadOnlyList<ChecklistItem> All { get; } = Enum.GetValues<ChecklistItem>();

    /// <summary>The guide's own wording.</summary>
    public static string DanishTitle(this ChecklistItem item) => item switch
    {
        ChecklistItem.SteeringGroup => "Nedsæt en styregruppe",
        ChecklistItem.ImplementationGroups => "Nedsæt en eller flere implementeringsgrupper",
        ChecklistItem.CitizensRepresented => "Sørg for, at borgerne er repræsenteret og klædt på til arbejdet i grupperne",
        ChecklistItem.TemperatureMeasurement => "Lav en temperaturmåling af jeres organisation og drøft resultaterne i grupperne",
        ChecklistItem.PrerequisitesPlan => "Lav en plan for, hvordan I vil styrke jeres organisatoriske forudsætninger",
        _ => throw new ArgumentOutOfRangeException(nameof(item)),
    };
}
