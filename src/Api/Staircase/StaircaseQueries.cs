using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.PlanOverview;
using Recovery.Grains.Municipalities;
using Recovery.Grains.Staircase;

namespace Recovery.Api.Staircase;

internal static class StaircaseQueries
{
    public static void AddStaircaseField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<NonNullGraphType<StaircaseType>>("staircase")
            .Description("Kommunens indsatstrappe og nøgletal. Før første ændring vises standardtrinene uden tal.")
            .ResolveAsync(async c =>
            {
                AccessRules.Demand(c.RequireCaller(), c.Source.Code, Access.Read);
                var view = await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IStaircaseGrain>(StaircaseKeys.Grain(c.Source.Code)).View();
                return new StaircaseModel(c.Source.Code, view);
            });
}

internal sealed record StaircaseModel(string MunicipalityCode, StaircaseView View)
{
    public StaircaseState State => View.State;

    /// <summary>Every quarter with any figure, oldest first.</summary>
    public IEnumerable<string> Quarters =>
        State.Counts.Keys.Concat(State.Movements.Select(m => m.Quarter)).Concat(State.KeyFigures.Keys).Distinct().Order(StringComparer.Ordinal);
}

internal sealed class StaircaseType : ObjectGraphType<StaircaseModel>
{
    public StaircaseType()
    {
        Name = "Staircase";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.View.Version);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaircaseStepType>>>>("steps").Description("Nederst (tættest på en almindelig hverdag) først.")
            .Resolve(c => c.Source.State.Steps.Select((s, i) => (s, i)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaircaseQuarterType>>>>("quarters").Description("Kvartaler med tal, ældste først.")
            .Resolve(c => c.Source.Quarters.Select(q => (q, c.Source.State)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StaircaseMovementType>>>>("movements")
            .Resolve(c => c.Source.State.Movements.OrderBy(m => m.Quarter, StringComparer.Ordinal)
                .ThenBy(m => c.Source.State.Steps.FindIndex(s => s.Id == m.FromStepId)).ThenBy(m => c.Source.State.Steps.FindIndex(s => s.Id == m.ToStepId)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AimedActivityType>>>>("aimedActivities")
            .Description("Handlinger i implementeringsplanerne, der sigter mod et nøgletal.")
            .ResolveAsync(async c =>
            {
                var overview = await c.RequestServices!.GetRequiredService<PlanOverviewReader>().Read(c.Source.MunicipalityCode, c.RequireCaller(), c.CancellationToken);
                return overview.Actions.Where(x => x.Action.Aim is not null).Select(x => new AimedActivity(x.Group, x.Action, overview.Withheld(x.Group, x.Action.ItemId)));
            });
    }
}

internal sealed class StaircaseStepType : ObjectGraphType<(StaircaseStep Step, int Position)>
{
    public StaircaseStepType()
    {
        Name = "StaircaseStep";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Step.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Step.Name);
        Field<NonNullGraphType<IntGraphType>>("position").Description("0 er nederst.").Resolve(c => c.Source.Position);
    }
}

internal sealed class StaircaseQuarterType : ObjectGraphType<(string Quarter, StaircaseState State)>
{
    public StaircaseQuarterType()
    {
        Name = "StaircaseQuarter";
        Field<NonNullGraphType<StringGraphType>>("quarter").Description("Fx 2026K3.").Resolve(c => c.Source.Quarter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StepCountType>>>>("counts").Description("Antal borgere pr. trin, i trappens rækkefølge; trin uden tal udelades.")
            .Resolve(c => c.Source.State.Steps.Select(s => (s.Id, c.Source.State.Count(c.Source.Quarter, s.Id))).Where(x => x.Item2 is not null).Select(x => (x.Id, x.Item2!.Value)));
        Field<FloatGraphType>("educationOrEmploymentShare").Description("Procent.").Resolve(c => (double?)c.Source.State.Figures(c.Source.Quarter).EducationOrEmploymentShare);
        Field<FloatGraphType>("readmissionShare").Description("Procent.").Resolve(c => (double?)c.Source.State.Figures(c.Source.Quarter).ReadmissionShare);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpenditureType>>>>("expenditure").Description("Kroner pr. trins ydelsestype.")
            .Resolve(c => c.Source.State.Steps.Select(s => (s.Id, c.Source.State.Figures(c.Source.Quarter).Expenditure.TryGetValue(s.Id, out var a) ? a : (long?)null))
                .Where(x => x.Item2 is not null).Select(x => (x.Id, x.Item2!.Value)));
    }
}

internal sealed class StepCountType : ObjectGraphType<(string StepId, int Count)>
{
    public StepCountType()
    {
        Name = "StaircaseCount";
        Field<NonNullGraphType<IdGraphType>>("stepId").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

internal sealed class ExpenditureType : ObjectGraphType<(string StepId, long Amount)>
{
    public ExpenditureType()
    {
        Name = "Expenditure";
        Field<NonNullGraphType<IdGraphType>>("stepId").Resolve(c => c.Source.StepId);
        Field<NonNullGraphType<LongGraphType>>("amount").Description("Hele kroner.").Resolve(c => c.Source.Amount);
    }
}

internal sealed class StaircaseMovementType : ObjectGraphType<StaircaseMovement>
{
    public StaircaseMovementType()
    {
        Name = "StaircaseMovement";
        Field<NonNullGraphType<StringGraphType>>("quarter").Resolve(c => c.Source.Quarter);
        Field<NonNullGraphType<IdGraphType>>("fromStepId").Resolve(c => c.Source.FromStepId);
        Field<NonNullGraphType<IdGraphType>>("toStepId").Resolve(c => c.Source.ToStepId);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
