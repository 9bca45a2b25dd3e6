using System.Collections.Immutable;

namespace Recovery.Grains.CaseReviews;

/// <summary>
/// A principle's result: how many cases reflected it, partly or not, how many were judged on it,
/// and the share that reflected it (null when none were judged).
/// </summary>
[GenerateSerializer, Immutable, Alias("case-review.principle-tally")]
public sealed record PrincipleTally(
    [property: Id(0)] Principle Principle,
    [property: Id(1)] int Reflected,
    [property: Id(2)] int Partly,
    [property: Id(3)] int NotReflected,
    [property: Id(4)] double? ShareReflected)
{
    public int Judged => Reflected + Partly + NotReflected;
}

/// <summary>Counts the cases' judgements per principle, the same way every time; a case not judged on a principle is not counted for it.</summary>
public static class CaseReviewResults
{
    public static ImmutableArray<PrincipleTally> Of(IEnumerable<ReviewedCase> cases)
    {
        var all = cases.ToArray();
        return [.. Principles.All.Select(principle =>
        {
            var judged = all.Select(c => c.Judgements.GetValueOrDefault(principle)?.Judgement).OfType<CaseJudgement>().ToArray();
            int Count(CaseJudgement j) => judged.Count(x => x == j);
            var reflected = Count(CaseJudgement.Reflected);
            return new PrincipleTally(principle, reflected, Count(CaseJudgement.Partly), Count(CaseJudgement.NotReflected),
                judged.Length == 0 ? null : (double)reflected / judged.Length);
        })];
    }
}
