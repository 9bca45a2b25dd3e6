namespace Recovery.Grains.Staircase;

/// <summary>A step of the staircase. Its id stays when the step is renamed or moved, so its figures stay with it.</summary>
[GenerateSerializer, Immutable, Alias("staircase.step")]
public sealed record StaircaseStep([property: Id(0)] string Id, [property: Id(1)] string Name);

/// <summary>
/// The steps a municipality starts from, bottom (closest to an ordinary everyday life) to top, as
/// the agency's staircase names them. Which legal sections sit on which step varies between
/// municipalities, so the list is only a start: the municipality's first change makes it its own.
/// </summary>
public static class DefaultStaircase
{
    public static IReadOnlyList<StaircaseStep> Steps { get; } =
    [
        new("civilsamfund", "Civilsamfund og frivillige tilbud"),
        new("raadgivning", "Åben og fremskudt rådgivning"),
        new("gruppeforloeb", "Gruppeforløb og gruppetilbud"),
        new("sel-82", "§ 82 Tidlig og forebyggende støtte"),
        new("sel-85", "§ 85 Socialpædagogisk støtte (bostøtte)"),
        new("sel-107", "§ 107 Midlertidigt botilbud"),
        new("sel-108", "§ 108 Længerevarende botilbud"),
    ];

    public const int StepIdMax = 40;

    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= StepIdMax } && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
