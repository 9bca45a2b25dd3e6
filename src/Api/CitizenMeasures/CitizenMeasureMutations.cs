using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.CitizenMeasures;

namespace Recovery.Api.CitizenMeasures;

internal static class CitizenMeasureMutations
{
    private const int EnrolAttempts = 5;

    public static void AddCitizenMeasureMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChangeType>>("enrolCitizen")
            .Description("Opretter en borger under et nyt, tilfældigt pseudonym (id). Ingen navne eller CPR-numre.")
            .Argument<NonNullGraphType<InputType<EnrolCitizenInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<EnrolCitizenInput>("input");
                AccessRules.Demand(c.RequireCaller(), MunicipalityQueries.Find(input.MunicipalityCode).Code, Access.Contribute);
                var staff = input.OwnStaffIds ?? [];
                if (staff.Length > CitizenDecider.MaxOwnStaff) throw Errors.Error(RuleViolation.Codes.Validation, $"Højst {CitizenDecider.MaxOwnStaff} medarbejdere.");
                for (var attempt = 1; ; attempt++)
                {
                    var pseudonym = CitizenKeys.NewPseudonym();
                    try
                    {
                        return new Change(await Grain(c, input.MunicipalityCode, pseudonym).Enrol(new EnrolCitizen([.. staff])), pseudonym);
                    }
                    catch (RuleViolation e) when (e.Code == RuleViolation.Codes.Conflict && attempt < EnrolAttempts)
                    {
                        // The drawn pseudonym was taken (rare: 31⁶ ≈ 890 million of them): draw another.
                    }
                }
            });
        Command<ChangeCitizenStaffInput, ChangeType>(mutation, "changeCitizenStaff", Access.Contribute, async (citizen, i) =>
            new Change(await citizen.ChangeStaff(new ChangeCitizenStaff([.. i.OwnStaffIds.Take(CitizenDecider.MaxOwnStaff + 1)])), i.Pseudonym));
        Command<CitizenInput, IssuedCodeType>(mutation, "issuePersonalCode", Access.Contribute, async (citizen, _) =>
        {
            var issued = await citizen.IssueCode();
            return new IssuedCode(issued.Code, issued.Version);
        });
        // Govern: the tovholder or a strategic leader erases on the citizen's request, without seeing the answers.
        Command<CitizenInput, BooleanGraphType>(mutation, "eraseCitizenMeasures", Access.Govern, async (citizen, _) =>
        {
            await citizen.Erase();
            return true;
        });
        // Participate: the citizen's own personal-code token reaches this one mutation, for this one citizen.
        Command<AnswerCitizenMeasureInput, ChangeType>(mutation, "answerCitizenMeasure", Access.Participate, async (citizen, i) =>
            new Change(await citizen.Answer(Answers(i)), i.Pseudonym));
    }

    private static AnswerMeasure Answers(AnswerCitizenMeasureInput input)
    {
        var instrument = InstrumentNames.Parse(input.Instrument)
            ?? throw Errors.Error(RuleViolation.Codes.Validation, "Ukendt måleredskab: brug who5 eller brief-inspire-o.");
        var items = Instruments.Of(instrument).Items.Length;
        var answers = new int?[items];
        if (input.Answers.Length > items) throw Errors.Error(RuleViolation.Codes.Validation, $"Der er kun {items} udsagn.");
        foreach (var answer in input.Answers)
        {
            if (answer.Item < 1 || answer.Item > items) throw Errors.Error(RuleViolation.Codes.Validation, $"Udsagnene har nr. 1–{items}.");
            if (answers[answer.Item - 1] is not null) throw Errors.Error(RuleViolation.Codes.Validation, "Hvert udsagn kan kun besvares én gang.");
            answers[answer.Item - 1] = answer.Value;
        }
        return new AnswerMeasure(instrument, [.. answers], input.OnBehalf);
    }

    private static ICitizenGrain Grain(IResolveFieldContext c, string code, string pseudonym) =>
        c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ICitizenGrain>(CitizenKeys.Grain(code, pseudonym));

    private static void Command<TInput, TResult>(ObjectGraphType mutation, string name, Access access, Func<ICitizenGrain, TInput, Task<object>> run)
        where TInput : CitizenInput where TResult : IGraphType =>
        mutation.Field<NonNullGraphType<TResult>>(name)
            .Argument<NonNullGraphType<InputType<TInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<TInput>("input");
                var caller = c.RequireCaller();
                var code = MunicipalityQueries.Find(input.MunicipalityCode).Code;
                if (!CitizenKeys.IsPseudonym(input.Pseudonym)) throw Errors.Error(RuleViolation.Codes.Validation, "Ugyldigt pseudonym.");
                AccessRules.Demand(caller, code, access, CitizenKeys.Grain(code, input.Pseudonym));
                return await run(Grain(c, code, input.Pseudonym), input);
            });
}
