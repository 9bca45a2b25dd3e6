using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.History;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Municipalities;
using Recovery.Grains.PlanOverview;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.PlanOverview;

internal static class PlanOverviewQueries
{
    public static void AddPlanOverviewFields(this ObjectGraphType<Municipality> municipality)
    {
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalActionType>>>>("actions")
            .Description("Alle handlinger i kommunens planer (styregruppens udviklingsplan og implementeringsplanerne).")
            .Argument<BooleanGraphType>("overdueOnly", "Kun handlinger, hvis frist er overskredet, og som ikke er færdige.")
            .Argument<InputType<PlanItemSourceInput>>("source", "Kun handlinger lavet ud fra denne måling.")
            .ResolveAsync(async c =>
            {
                var overview = await Read(c);
                var today = Today(c);
                var overdueOnly = c.GetArgument("overdueOnly", false);
                var source = c.GetArgument<PlanItemSourceInput?>("source") is { } s ? new PlanItemSource(s.Kind, s.Id) : null;
                return overview.Actions
                    .Where(x => !overdueOnly || x.Action.IsOverdue(today))
                    .Where(x => source is null || x.Action.Source == source)
                    .Select(x => new MunicipalAction(x.Group, x.Action, overview.People.NameOf(x.Action.OwnerId), x.Action.IsOverdue(today),
                        overview.Withheld(x.Group, x.Action.ItemId)));
            });
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupSummaryType>>>>("implementationGroupSummaries")
            .Description("Kommunens implementeringsgrupper i navneorden med antal aktiviteter, læst fra projektionen uden at vække grupperne.")
            .ResolveAsync(async c => (await Read(c)).Groups.Where(g => g.Kind == GroupKind.Implementation));
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalReportType>>>>("groupReports")
            .Description("Implementeringsgruppernes rapporter til styregruppen, nyeste først.")
            .ResolveAsync(async c =>
            {
                var overview = await Read(c);
                return overview.Reports.Select(x => new MunicipalReport(x.Group, x.Report, overview.People.NameOf(x.Report.SubmittedBy),
                    overview.Withheld(x.Group, x.Report.Id)));
            });
    }

    private static Task<PlanOverviewModel> Read(IResolveFieldContext<Municipality> c) =>
        c.RequestServices!.GetRequiredService<PlanOverviewReader>().Read(c.Source.Code, c.RequireCaller(), c.CancellationToken);

    /// <summary>Copenhagen's today decides what is overdue, whatever the server's own time zone.</summary>
    private static DateOnly Today(IResolveFieldContext c) => DanishTime.Day(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
}

internal sealed record MunicipalAction(GroupPlanOverview Group, PlanAction Action, string? OwnerName, bool Overdue, bool Withheld);

internal sealed class MunicipalActionType : ObjectGraphType<MunicipalAction>
{
    public MunicipalActionType()
    {
        Name = "MunicipalAction";
        Description = "En handling i en af kommunens planer, med den gruppe, den hører til.";
        Field<NonNullGraphType<EnumerationGraphType<GroupKind>>>("groupKind").Resolve(c => c.Source.Group.Kind);
        Field<NonNullGraphType<StringGraphType>>("groupName").Resolve(c => c.Source.Group.Name);
        Field<StringGraphType>("groupSlug").Description("Null for styregruppen.").Resolve(c => c.Source.Group.Slug);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Action.ItemId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Action.Title);
        Field<NonNullGraphType<PlanItemStatusType>>("status").Resolve(c => c.Source.Action.Status);
        Field<StringGraphType>("due").Description("yyyy-MM-dd").Resolve(c => InputDates.Text(c.Source.Action.Due));
        Field<StringGraphType>("ownerName").Resolve(c => c.Source.OwnerName);
        Field<IdGraphType>("decisionId").Resolve(c => c.Source.Action.DecisionId);
        Field<IntGraphType>("prerequisite").Resolve(c => c.Source.Action.Prerequisite);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("principles").Resolve(c => c.Source.Action.Principles);
        Field<PlanItemSourceType>("source").Description("Målingen, handlingen blev lavet ud fra.").Resolve(c => c.Source.Action.Source);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Resolve(c => c.Source.Overdue);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Resolve(c => c.Source.Withheld);
    }
}

internal sealed class GroupSummaryType : ObjectGraphType<GroupPlanOverview>
{
    public GroupSummaryType()
    {
        Name = "ImplementationGroupSummary";
        Field<NonNullGraphType<StringGraphType>>("slug").Resolve(c => c.Source.Slug);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("focus").Resolve(c => c.Source.Focus ?? "");
        Field<NonNullGraphType<IntGraphType>>("activities").Description("Antal aktiviteter i implementeringsplanen.").Resolve(c => c.Source.Actions.Count);
    }
}

internal sealed record MunicipalReport(GroupPlanOverview Group, ReportEntry Report, string? SubmittedByName, bool Withheld);

internal sealed class MunicipalReportType : ObjectGraphType<MunicipalReport>
{
    public MunicipalReportType()
    {
        Name = "MunicipalReport";
        Field<NonNullGraphType<StringGraphType>>("groupName").Resolve(c => c.Source.Group.Name);
        Field<StringGraphType>("groupSlug").Resolve(c => c.Source.Group.Slug);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Report.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Report.Title);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Report.Text);
        Field<NonNullGraphType<StringGraphType>>("submittedAt").Resolve(c => c.Source.Report.SubmittedAt.ToString("O"));
        Field<StringGraphType>("submittedByName").Resolve(c => c.Source.SubmittedByName);
        Field<NonNullGraphType<BooleanGraphType>>("withheld").Resolve(c => c.Source.Withheld);
    }
}
