using Recovery.Grains.CitizenMeasures;

namespace Recovery.Grains.Tests.CitizenMeasures;

/// <summary>The instruments' scoring, checked against the worked figures their sources give.</summary>
public sealed class ScoringSpecs
{
    private static int? Who5Score(params int?[] answers) => Who5.Definition.Score(answers);
    private static int? InspireScore(params int?[] answers) => BriefInspireO.Definition.Score(answers);

    [Fact]
    public void Who5_is_the_raw_sum_of_0_to_25_times_four() =>
        Assert.Equal((0, 100, 52), (Who5Score(0, 0, 0, 0, 0), Who5Score(5, 5, 5, 5, 5), Who5Score(3, 3, 3, 2, 2)));

    [Fact]
    public void Who5_raw_12_is_48_poor_well_being_and_raw_13_is_52_above_the_cut_off()
    {
        // The WHO-5 sheet: a raw score below 13 indicates poor well-being; Topp et al.: 50 or less on 0–100.
        var (below, at) = (Who5Score(3, 3, 2, 2, 2)!.Value, Who5Score(3, 3, 3, 2, 2)!.Value);
        Assert.Equal((48, 52), (below, at));
        Assert.True(below <= Who5.CutOff && at > Who5.CutOff);
    }

    [Fact]
    public void Who5_raw_7_is_28_the_likely_depression_threshold() =>
        Assert.Equal(Who5.LikelyDepression, Who5Score(2, 2, 1, 1, 1));

    [Fact]
    public void Who5_change_of_one_raw_point_is_four_and_ten_needs_three_raw_points()
    {
        var before = Who5Score(2, 2, 2, 2, 2)!.Value;
        Assert.True(Who5Score(3, 3, 2, 2, 2) - before < Who5.RelevantChange);
        Assert.True(Who5Score(3, 3, 3, 2, 2) - before >= Who5.RelevantChange);
    }

    [Fact]
    public void Brief_inspire_o_stretches_the_sum_of_5_to_20_onto_0_to_100() =>
        Assert.Equal((0, 100, 33, 47, 53), (InspireScore(1, 1, 1, 1, 1), InspireScore(4, 4, 4, 4, 4), InspireScore(2, 2, 2, 2, 2),
            InspireScore(3, 3, 2, 2, 2), InspireScore(3, 3, 3, 2, 2)));

    [Fact]
    public void Brief_inspire_o_above_the_cut_off_of_50_needs_a_sum_of_13()
    {
        // Moeller et al. 2025: 50 is the empirical cut-off for personal recovery.
        Assert.True(InspireScore(3, 3, 2, 2, 2) <= BriefInspireO.CutOff);
        Assert.True(InspireScore(3, 3, 3, 2, 2) > BriefInspireO.CutOff);
    }

    [Fact]
    public void Brief_inspire_o_steps_by_about_seven_so_eight_points_of_change_needs_two_steps()
    {
        // Moeller et al. 2025: 8 points is a clinically relevant change; one answer one step up is 6–7.
        var before = InspireScore(2, 2, 2, 2, 2)!.Value;
        Assert.True(InspireScore(3, 2, 2, 2, 2) - before < BriefInspireO.RelevantChange);
        Assert.True(InspireScore(3, 3, 2, 2, 2) - before >= BriefInspireO.RelevantChange);
    }

    [Fact]
    public void An_unanswered_statement_means_no_score_and_says_how_many_are_missing()
    {
        int?[] answers = [4, null, 3, null, 5];
        Assert.Null(Who5.Definition.Score(answers));
        Assert.Equal(2, Who5.Definition.Missing(answers));
        Assert.Null(InspireScore(4, 4, 4, 4));
    }

    [Fact]
    public void Each_instrument_has_five_statements_and_its_own_scale()
    {
        Assert.All(Instruments.All, i => Assert.Equal(5, i.Items.Length));
        Assert.Equal((0, 5, 6), (Who5.Definition.Min, Who5.Definition.Max, Who5.Definition.Options.Length));
        Assert.Equal((1, 4, 4), (BriefInspireO.Definition.Min, BriefInspireO.Definition.Max, BriefInspireO.Definition.Options.Length));
    }
}
