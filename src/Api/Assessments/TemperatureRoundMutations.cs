using System.Collections.Immutable;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Assessments;

namespace Recovery.Api.Assessments;

internal static class TemperatureRoundMutations
{
    public static void AddTemperatureRoundMutations(this ObjectGraphType mutation)
    {
        Command<OpenTemperatureRoundInput>(mutation, "openTemperatureRound", i => i.Id ?? Identifier.New("t"), async (round, i, _, c) =>
            await round.Open(new OpenRound(i.Title, (await TemperatureRoundQueries.Catalog(c)).Current, [.. i.RespondentIds])));
        mutation.Field<NonNullGraphType<ChangeType>>("publishTemperatureQuestionnaire")
            .Description("Udgiver en ny version af spørgeskemaet (kun den nationale koordinator). Id'et er det nye versionsnummer.")
            .Argument<NonNullGraphType<InputType<PublishQuestionnaireInput>>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<PublishQuestionnaireInput>("input");
                c.RequireCaller();
                if (input.Statements.Length > 8 * QuestionnaireCatalogDecider.MaxStatements)
                    throw Errors.Error(RuleViolation.Codes.Validation, "For mange udsagn.");
                var catalog = c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IQuestionnaireCatalogGrain>(0);
                var version = await catalog.Publish(new PublishQuestionnaire([.. input.Statements.Select(s => new StatementDraft(s.Prerequisite, s.Text))]));
                return new Change(version, (await catalog.Catalog()).Current.Version.ToString());
            });
        Command<AnswerTemperatureRoundInput>(mutation, "answerTemperatureRound", i => i.RoundId, async (round, i, _, _) =>
        {
            if (i.Answers.Select(a => a.Statement).Distinct().Count() != i.Answers.Length)
                throw Errors.Error(RuleViolation.Codes.Validation, "Hvert udsagn kan kun besvares én gang.");
            return await round.Respond(new Respond(i.Answers.ToImmutableDictionary(a => a.Statement, a => a.Score)));
        });
        Command<CloseTemperatureRoundInput>(mutation, "closeTemperatureRound", i => i.RoundId, async (round, _, _, _) => await round.Close());
        Command<ReflectOnTemperatureRoundInput>(mutation, "reflectOnTemperatureRound", i => i.RoundId, async (round, i, _, _) =>
            await round.Reflect(new Reflect((ReflectionQuestion)i.Question, i.Answer)));
    }

    private static void Command<TInput>(ObjectGraphType mutation, string name, Func<TInput, string> roundId,
        Func<ITemperatureRoundGrain, TInput, string, IResolveFieldContext, Task<long>> run) where TInput : MunicipalityInput =>
        KeyedGrainMutation.Add<TInput, ITemperatureRoundGrain>(mutation, name, roundId, TemperatureRoundKeys.Grain, "målingen",
            async (c, round, input, id) => new Change(await run(round, input, id, c), id));
}
