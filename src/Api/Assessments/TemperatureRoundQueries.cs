using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Assessments;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Assessments;

internal static class TemperatureRoundQueries
{
    public static void AddTemperatureRoundFields(this ObjectGraphType<Municipality> municipality)
    {
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TemperatureRoundSummaryType>>>>("temperatureRounds")
            .Description("Kommunens temperaturmålinger, nyeste først.")
            .ResolveAsync(async c =>
            {
                AccessRules.Demand(c.RequireCaller(), c.Source.Code, Access.Read);
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(c.Source.Code);
                var rounds = await session.Query<TemperatureRoundSummary>().ToListAsync(c.CancellationToken);
                return rounds.OrderByDescending(r => r.OpenedAt).ToArray();
            });
        municipality.Field<TemperatureRoundType>("temperatureRound")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Description("Én temperaturmåling: antal svar, resultater når den er lukket, refleksioner og dine egne svar; null hvis den ikke findes.")
            .ResolveAsync(async c =>
            {
                var (code, id) = (c.Source.Code, c.GetArgument<string>("id"));
                AccessRules.Demand(c.RequireCaller(), code, Access.Read);
                if (!Identifier.IsValid(id)) return null;
                // The summary says whether the round exists, so a guessed id wakes no grain.
                await using (var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code))
                    if (await session.LoadAsync<TemperatureRoundSummary>(TemperatureRoundKeys.Stream(code, id), c.CancellationToken) is null)
                        return null;
                var view = await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ITemperatureRoundGrain>(TemperatureRoundKeys.Grain(code, id)).View();
                return new TemperatureRoundModel(id, view);
            });
    }

    public static void AddQuestionnaireQuery(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<QuestionnaireType>>("temperatureQuestionnaire")
            .Description("Temperaturmålingens spørgeskema i den version, nye målinger bruger.")
            .ResolveAsync(async c => (await Catalog(c)).Current);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuestionnaireType>>>>("temperatureQuestionnaires")
            .Description("Alle udgivne versioner af spørgeskemaet, nyeste først.")
            .ResolveAsync(async c => (await Catalog(c)).Versions.Reverse());
    }

    public static Task<QuestionnaireCatalog> Catalog(IResolveFieldContext c) =>
        c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IQuestionnaireCatalogGrain>(0).Catalog();
}

internal sealed record TemperatureRoundModel(string Id, TemperatureRoundView View);

internal sealed class TemperatureRoundType : ObjectGraphType<TemperatureRoundModel>
{
    public TemperatureRoundType()
    {
        Name = "TemperatureRound";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.View.Title);
        Field<NonNullGraphType<IntGraphType>>("questionnaireVersion").Resolve(c => c.Source.View.QuestionnaireVersion);
        Field<QuestionnaireType>("questionnaire").Description("Den version af spørgeskemaet, målingen besvares på.").Resolve(c => c.Source.View.Questionnaire);
        Field<NonNullGraphType<IntGraphType>>("respondents").Description("Antal valgte respondenter.").Resolve(c => c.Source.View.Respondents);
        Field<NonNullGraphType<IntGraphType>>("responded").Description("Antal, der har svaret.").Resolve(c => c.Source.View.Responded);
        Field<NonNullGraphType<BooleanGraphType>>("youAreRespondent").Resolve(c => c.Source.View.YouAreRespondent);
        Field<ListGraphType<NonNullGraphType<AnswerType>>>("yourAnswers").Description("Dine egne svar; andres ses aldrig.")
            .Resolve(c => c.Source.View.YourScores?.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)));
        Field<NonNullGraphType<BooleanGraphType>>("closed").Resolve(c => c.Source.View.Results is not null);
        Field<ListGraphType<NonNullGraphType<PrerequisiteResultType>>>("results").Description("Null, indtil målingen er lukket.")
            .Resolve(c => c.Source.View.Results?.AsEnumerable());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReflectionType>>>>("reflections")
            .Resolve(c => Enum.GetValues<ReflectionQuestion>().Select(q => (q, c.Source.View.Reflections.GetValueOrDefault(q))));
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.View.Version);
    }
}

internal sealed class TemperatureRoundSummaryType : ObjectGraphType<TemperatureRoundSummary>
{
    public TemperatureRoundSummaryType()
    {
        Name = "TemperatureRoundSummary";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Målingens id (strømmen er temperature:kode:id).").Resolve(c => c.Source.Id.Split(':', 3)[2]);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<IntGraphType>>("questionnaireVersion").Resolve(c => c.Source.QuestionnaireVersion);
        Field<NonNullGraphType<StringGraphType>>("openedAt").Resolve(c => c.Source.OpenedAt.ToString("O"));
        Field<StringGraphType>("closedAt").Resolve(c => c.Source.ClosedAt?.ToString("O"));
        Field<NonNullGraphType<BooleanGraphType>>("youAreRespondent").Description("Du er valgt til at svare.")
            .Resolve(c => c.Source.Respondents?.Contains(c.RequireCaller().PersonId) == true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrerequisiteResultType>>>>("results")
            .Description("Resultaterne pr. forudsætning; tom, indtil målingen er lukket.").Resolve(c => c.Source.Results);
    }
}

internal sealed class AnswerType : ObjectGraphType<(string Statement, int Score)>
{
    public AnswerType()
    {
        Name = "TemperatureAnswer";
        Field<NonNullGraphType<StringGraphType>>("statement").Resolve(c => c.Source.Statement);
        Field<NonNullGraphType<IntGraphType>>("score").Resolve(c => c.Source.Score);
    }
}

internal sealed class PrerequisiteResultType : ObjectGraphType<PrerequisiteResult>
{
    public PrerequisiteResultType()
    {
        Name = "PrerequisiteResult";
        Field<NonNullGraphType<PrerequisiteType>>("prerequisite").Resolve(c => c.Source.Prerequisite);
        Field<NonNullGraphType<IntGraphType>>("respondents").Resolve(c => c.Source.Respondents);
        Field<FloatGraphType>("mean").Resolve(c => c.Source.Mean);
        Field<FloatGraphType>("spread").Description("Stikprøve-standardafvigelse.").Resolve(c => c.Source.Spread);
        Field<FloatGraphType>("change").Description("Gennemsnittet minus forrige målings.").Resolve(c => c.Source.Change);
    }
}

internal sealed class ReflectionType : ObjectGraphType<(ReflectionQuestion Question, string? Answer)>
{
    public ReflectionType()
    {
        Name = "Reflection";
        Field<NonNullGraphType<IntGraphType>>("question").Resolve(c => (int)c.Source.Question);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Question.DanishText());
        Field<StringGraphType>("answer").Resolve(c => c.Source.Answer);
    }
}

internal sealed class QuestionnaireType : ObjectGraphType<TemperatureQuestionnaire>
{
    public QuestionnaireType()
    {
        Name = "TemperatureQuestionnaire";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => c.Source.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatementType>>>>("statements").Resolve(c => c.Source.Statements);
    }
}

internal sealed class StatementType : ObjectGraphType<TemperatureStatement>
{
    public StatementType()
    {
        Name = "TemperatureStatement";
        Field<NonNullGraphType<StringGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("prerequisite").Resolve(c => (int)c.Source.Prerequisite);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
    }
}
