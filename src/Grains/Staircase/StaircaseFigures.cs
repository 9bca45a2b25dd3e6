using System.Collections.Immutable;
using System.Globalization;

namespace Recovery.Grains.Staircase;

/// <summary>The figures' rules: counts per step and quarter, movements between steps, and the key figures.</summary>
public static class StaircaseFigures
{
    public const int MaxCount = 1_000_000;
    public const int MaxImportRows = 2_000;
    public const long MaxAmount = 100_000_000_000;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    internal static IReadOnlyList<StaircaseEvent> SetCount(SetStepCount c, StaircaseState state)
    {
        var quarter = Quarter.Valid(c.Quarter);
        var step = StaircaseDecider.Known(c.StepId, state);
        ValidCount(c.Count);
        return state.Count(quarter, step.Id) == c.Count ? [] : [new StaircaseCountSet(quarter, step.Id, c.Count)];
    }

    /// <summary>Every row is checked before anything is kept: one bad row refuses the whole file.</summary>
    internal static IReadOnlyList<StaircaseEvent> Import(ImportStepCounts c, StaircaseState state)
    {
        var rows = c.Rows.IsDefault ? [] : c.Rows;
        if (rows.IsEmpty) throw RuleViolation.Invalid("Filen har ingen rækker med tal.");
        if (rows.Length > MaxImportRows) throw RuleViolation.Invalid($"En fil kan højst have {MaxImportRows} rækker.");
        var seen = new HashSet<(string, string)>();
        var valid = new List<StepCountRow>(rows.Length);
        foreach (var row in rows)
        {
            var quarter = Quarter.Valid(row.Quarter);
            var step = StaircaseDecider.Known(row.StepId, state);
            ValidCount(row.Count);
            if (!seen.Add((quarter, step.Id))) throw RuleViolation.Invalid($"Kvartal {quarter} og trinnet '{step.Name}' står mere end én gang.");
            valid.Add(new(quarter, step.Id, row.Count));
        }
        return valid.TrueForAll(r => state.Count(r.Quarter, r.StepId) == r.Count) ? [] : [new StaircaseCountsImported([.. valid])];
    }

    internal static IReadOnlyList<StaircaseEvent> RecordMovement(RecordMovement c, StaircaseState state)
    {
        var quarter = Quarter.Valid(c.Quarter);
        var from = StaircaseDecider.Known(c.FromStepId, state);
        var to = StaircaseDecider.Known(c.ToStepId, state);
        if (from.Id == to.Id) throw RuleViolation.Invalid("En bevægelse går fra ét trin til et andet.");
        ValidCount(c.Count);
        return (state.Movement(quarter, from.Id, to.Id) ?? 0) == c.Count ? [] : [new StaircaseMovementRecorded(quarter, from.Id, to.Id, c.Count)];
    }

    internal static IReadOnlyList<StaircaseEvent> SetShares(SetKeyFigures c, StaircaseState state)
    {
        var quarter = Quarter.Valid(c.Quarter);
        var education = Share(c.EducationOrEmploymentShare, "Andelen i uddannelse eller beskæftigelse");
        var readmission = Share(c.ReadmissionShare, "Andelen af psykiatriske genindlæggelser");
        var figures = state.Figures(quarter);
        return figures.EducationOrEmploymentShare == education && figures.ReadmissionShare == readmission
            ? []
            : [new KeyFigureSharesSet(quarter, education, readmission)];
    }

    internal static IReadOnlyList<StaircaseEvent> SetExpenditure(SetExpenditure c, StaircaseState state)
    {
        var quarter = Quarter.Valid(c.Quarter);
        var step = StaircaseDecider.Known(c.StepId, state);
        if (c.Amount is < 0 or > MaxAmount) throw RuleViolation.Invalid($"Udgiften skal være et helt antal kroner fra 0 til {MaxAmount.ToString("N0", Danish)}.");
        var current = state.Figures(quarter).Expenditure.TryGetValue(step.Id, out var amount) ? amount : (long?)null;
        return current == c.Amount ? [] : [new KeyFigureExpenditureSet(quarter, step.Id, c.Amount)];
    }

    /// <summary>"1.000.000", as Danish readers write the limit.</summary>
    internal static string MaxCountText => MaxCount.ToString("N0", Danish);

    public static void ValidCount(int count)
    {
        if (count is < 0 or > MaxCount) throw RuleViolation.Invalid($"Antal skal være et helt tal fra 0 til {MaxCountText}.");
    }

    /// <summary>Percent with one decimal, as the national key figures give them.</summary>
    private static decimal? Share(decimal? share, string field) => share switch
    {
        null => null,
        < 0 or > 100 => throw RuleViolation.Invalid($"{field} skal være en procent mellem 0 og 100."),
        _ => Math.Round(share.Value, 1, MidpointRounding.AwayFromZero),
    };

    internal static StaircaseState Evolve(StaircaseState state, StaircaseEvent e) => e switch
    {
        StaircaseCountSet x => WithCount(state, x.Quarter, x.StepId, x.Count),
        StaircaseCountsImported x => x.Rows.Aggregate(state, (s, r) => WithCount(s, r.Quarter, r.StepId, r.Count)),
        StaircaseMovementRecorded x => state with
        {
            Movements = state.Movements.RemoveAll(m => m.Quarter == x.Quarter && m.FromStepId == x.FromStepId && m.ToStepId == x.ToStepId) is var rest
                && x.Count > 0 ? rest.Add(new(x.Quarter, x.FromStepId, x.ToStepId, x.Count)) : rest,
        },
        KeyFigureSharesSet x => WithFigures(state, x.Quarter, f => f with { EducationOrEmploymentShare = x.EducationOrEmploymentShare, ReadmissionShare = x.ReadmissionShare }),
        KeyFigureExpenditureSet x => WithFigures(state, x.Quarter, f => f with
        {
            Expenditure = x.Amount is { } amount ? f.Expenditure.SetItem(x.StepId, amount) : f.Expenditure.Remove(x.StepId),
        }),
        _ => state,
    };

    private static StaircaseState WithCount(StaircaseState state, string quarter, string stepId, int count) => state with
    {
        Counts = state.Counts.SetItem(quarter, state.Counts.GetValueOrDefault(quarter, ImmutableDictionary<string, int>.Empty).SetItem(stepId, count)),
    };

    private static StaircaseState WithFigures(StaircaseState state, string quarter, Func<QuarterKeyFigures, QuarterKeyFigures> change) =>
        state with { KeyFigures = state.KeyFigures.SetItem(quarter, change(state.Figures(quarter))) };
}
