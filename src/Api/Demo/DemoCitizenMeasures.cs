using Recovery.Grains.CitizenMeasures;

namespace Recovery.Api.Demo;

/// <summary>
/// Six pseudonymised citizens in Herning followed by the demo staff member: all answer WHO-5 this
/// quarter, so its aggregate is shown, and only three answer Brief INSPIRE-O, so that one reads
/// "for få besvarelser". The pseudonyms are fixed so a second run finds them enrolled and adds nothing.
/// </summary>
internal static class DemoCitizenMeasures
{
    private static readonly (int?[] Who5, int?[]? Inspire)[] Citizens =
    [
        ([3, 3, 2, 3, 2], [2, 3, 2, 2, 3]),
        ([2, 2, 1, 1, 2], [1, 2, 1, 2, 1]),
        ([4, 3, 3, 4, 4], [3, 3, 2, 3, 3]),
        ([1, 2, 2, 1, 1], null),
        ([3, 4, 3, 2, 3], null),
        ([2, 3, null, 2, 2], null),
    ];

    public static async Task Seed(IGrainFactory grains)
    {
        var staff = DemoPersonas.Find("herning-medarbejder")!;
        new Caller(staff.PersonId, staff.Municipality, staff.Role).Enter();
        for (var i = 0; i < Citizens.Length; i++)
        {
            var citizen = grains.GetGrain<ICitizenGrain>(CitizenKeys.Grain(staff.Municipality!, $"B-DEM{i + 2}AA"));
            try
            {
                await citizen.Enrol(new EnrolCitizen([]));
            }
            catch (RuleViolation e) when (e.Code == RuleViolation.Codes.Conflict)
            {
                continue;
            }
            var (who5, inspire) = Citizens[i];
            await citizen.Answer(new AnswerMeasure(Instrument.Who5, [.. who5], i % 2 == 1));
            if (inspire is not null) await citizen.Answer(new AnswerMeasure(Instrument.BriefInspireO, [.. inspire], false));
        }
    }
}
