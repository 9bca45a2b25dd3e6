using Recovery.Grains.Municipalities;

namespace Recovery.Api.NationalProgress;

/// <summary>The console's answer: one page of municipalities after the filters, the regions and the trend.</summary>
internal sealed record NationalConsole(
    DateOnly AsOf,
    int Participating,
    int TotalCount,
    IReadOnlyList<MunicipalityProgressModel> Page,
    string? EndCursor,
    bool HasNextPage,
    IReadOnlyList<RegionProgress> Regions,
    IReadOnlyList<ProgressQuarter> Trends)
{
    public const int MaxPage = 100;

    public static IReadOnlyList<string> AllRegions { get; } = [.. MunicipalityCatalog.All.Select(m => m.Region).Distinct()];

    public static List<MunicipalityProgressModel> Filter(IEnumerable<MunicipalityProgressModel> all, string? region, ProgrammePhase? phase)
    {
        if (region is not null && !AllRegions.Contains(region)) throw RuleViolation.Invalid("Ukendt region.");
        return [.. all.Where(m => (region is null || m.Municipality.Region == region) && (phase is null || m.Programme.Phase == phase))];
    }

    /// <summary>Pages by the code of the last row shown (the cursor), so a page stays put while rows change.</summary>
    public static NationalConsole Of(
        IReadOnlyList<MunicipalityProgressModel> all, DateOnly today, string? region, ProgrammePhase? phase, int first, string? after)
    {
        if (first is < 1 or > MaxPage) throw RuleViolation.Invalid($"Der kan vises 1 til {MaxPage} kommuner ad gangen.");
        var inPhase = Filter(all, null, phase);
        var matching = Filter(inPhase, region, null);
        var start = after is null ? 0 : matching.FindIndex(m => m.Municipality.Code == after) + 1;
        if (start == 0 && after is not null) throw RuleViolation.Invalid("Sidemarkøren findes ikke længere; hent oversigten forfra.");
        var page = matching.Skip(start).Take(first).ToList();
        return new(today, all.Count, matching.Count, page, page.LastOrDefault()?.Municipality.Code, start + page.Count < matching.Count,
            [.. AllRegions.Select(r => RegionProgress.Of(r, inPhase.Where(m => m.Municipality.Region == r)))],
            ProgressQuarter.Trend(matching, today));
    }
}
