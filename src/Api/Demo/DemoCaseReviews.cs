using Recovery.Grains.CaseReviews;

namespace Recovery.Api.Demo;

/// <summary>Herning's concluded demo case review: ten cases by local reference, judged so the results show strengths and weak spots.</summary>
internal static class DemoCaseReviews
{
    /// <summary>One row per case, one letter per principle 1–8: A afspejlet, D delvist, I ikke afspejlet, - ikke vurderet.</summary>
    private static readonly string[] Judgements =
    [
        "DAIADDIA", "AADAIDID", "DAIAIADD", "AADADDIA", "IDIAIDID",
        "DAIAADDA", "DADAIDID", "AAIAIADD", "DAD-IDIA", "DAIAIDDD",
    ];

    private static readonly Dictionary<(int Case, Principle Principle), string> Notes = new()
    {
        [(1, Principle.NetworkAndCommunities)] = "Netværket er nævnt i udredningen, men ikke inviteret med til mødet.",
        [(2, Principle.HopesAndDreams)] = "Borgerens ønske om at tage uddannelse står som første mål i planen.",
        [(5, Principle.EarlyHelp)] = "Borgeren søgte hjælp to gange, før sagen blev oprettet.",
        [(7, Principle.FollowUp)] = "Opfølgningen blev aftalt, men ikke holdt.",
    };

    public static async Task Seed(IGrainFactory grains)
    {
        var mette = DemoPersonas.Find("herning-tovholder")!;
        new Caller(mette.PersonId, mette.Municipality, mette.Role).Enter();
        var review = grains.GetGrain<ICaseReviewGrain>(CaseReviewKeys.Grain("657", "s-seed-657-1"));
        if ((await review.View()).StartedAt is not null) return;

        await review.Start(new StartCaseReview("Ti nyere sager, efterår 2026", null));
        for (var n = 1; n <= Judgements.Length; n++) await review.AddCase(new AddReviewedCase($"c-seed-{n}", $"Sag 2026-{n:000}"));
        // Sent at once: the grain commits judgements that arrive together in one transaction.
        await Task.WhenAll(Judgements.SelectMany((row, index) => row.Select((letter, p) => (Case: index + 1, Principle: (Principle)(p + 1), Letter: letter)))
            .Where(j => j.Letter != '-')
            .Select(j => review.JudgeCase(new JudgeReviewedCase($"c-seed-{j.Case}", j.Principle, Judgement(j.Letter), Notes.GetValueOrDefault((j.Case, j.Principle))))));
        await review.Conclude();
    }

    private static CaseJudgement Judgement(char letter) => letter switch
    {
        'A' => CaseJudgement.Reflected,
        'D' => CaseJudgement.Partly,
        _ => CaseJudgement.NotReflected,
    };
}
