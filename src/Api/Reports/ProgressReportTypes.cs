using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Reports;

internal static class ProgressReportQueries
{
    public static void AddProgressReportField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<ProgressReportType>("progressReport")
            .Description("Fremdrift på tværs af udviklingsplanen og implementeringsplanerne. For kommunens egne folk og den nationale " +
                         "koordinator; koordinatoren ser tal og struktur, men titler på punkter og rapporter er null, da de kan være borgeres egne ord.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ProgressReportReader>()
                .Read(context.Source.Code, context.RequireCaller()));
}

internal sealed class ProgressReportType : ObjectGraphType<ProgressReport>
{
    public ProgressReportType()
    {
        Name = "ProgressReport";
        Field<NonNullGraphType<StringGraphType>>("generatedAt").Description("ISO 8601, UTC.").Resolve(c => c.Source.GeneratedAt.ToString("O"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrerequisiteProgressType>>>>("prerequisites")
            .Description("Altid otte, én pr. organisatorisk forudsætning.")
            .WithComplexityImpact(1, OrganisationalPrerequisites.All.Count)
            .Resolve(c => c.Source.Prerequisites);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrincipleProgressType>>>>("principles")
            .Description("Altid otte. En aktivitet, der hører til flere principper, tælles under hvert af dem.")
            .WithComplexityImpact(1, Grains.Shared.Principles.All.Count)
            .Resolve(c => c.Source.Principles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupProgressType>>>>("groups")
            .Description("Kommunens implementeringsgrupper efter navn.")
            .Resolve(c => c.Source.Groups);
    }
}

internal sealed class PrerequisiteProgressType : ObjectGraphType<PrerequisiteProgress>
{
    public PrerequisiteProgressType()
    {
        Name = "PrerequisiteProgress";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => (int)c.Source.Prerequisite);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Prerequisite.DanishTitle());
        this.AddCounts(p => p.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgressItemType>>>>("items").Resolve(c => c.Source.Items);
    }
}

internal sealed class ProgressItemType : ObjectGraphType<ProgressItem>
{
    public ProgressItemType()
    {
        Name = "ProgressItem";
        Field<StringGraphType>("title").Description("Null for personer uden for kommunen.").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<PlanItemStatusType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("due").Description("yyyy-MM-dd").Resolve(c => c.Source.Due?.ToString("yyyy-MM-dd"));
    }
}

internal sealed class PrincipleProgressType : ObjectGraphType<PrincipleProgress>
{
    public PrincipleProgressType()
    {
        Name = "PrincipleProgress";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => (int)c.Source.Principle);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Principle.DanishTitle());
        this.AddCounts(p => p.Counts);
    }
}

internal sealed class GroupProgressType : ObjectGraphType<GroupProgress>
{
    public GroupProgressType()
    {
        Name = "GroupProgress";
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IntGraphType>>("activities").Description("Antal aktiviteter i gruppens implementeringsplan.").Resolve(c => c.Source.Activities);
        Field<StringGraphType>("latestReportTitle").Description("Null uden rapporter, og for personer uden for kommunen.").Resolve(c => c.Source.LatestReportTitle);
        Field<StringGraphType>("latestReportAt").Description("ISO 8601, UTC.").Resolve(c => c.Source.LatestReportAt?.ToString("O"));
    }
}

internal static class StatusCountFields
{
    /// <summary>The four status counts, named as the statuses are in <c>PlanItemStatus</c>.</summary>
    public static void AddCounts<T>(this ObjectGraphType<T> type, Func<T, StatusCounts> counts)
    {
        type.Field<NonNullGraphType<IntGraphType>>("planned").Resolve(c => counts(c.Source).Planned);
        type.Field<NonNullGraphType<IntGraphType>>("inProgress").Resolve(c => counts(c.Source).InProgress);
        type.Field<NonNullGraphType<IntGraphType>>("done").Resolve(c => counts(c.Source).Done);
        type.Field<NonNullGraphType<IntGraphType>>("onHold").Resolve(c => counts(c.Source).OnHold);
    }
}
