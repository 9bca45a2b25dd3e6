using GraphQL;
using GraphQL.Types;
using Recovery.Api.Assessments;
using Recovery.Api.CaseReviews;
using Recovery.Api.CitizenMeasures;
using Recovery.Api.ImplementationGroups;
using Recovery.Api.People;
using Recovery.Api.PlanOverview;
using Recovery.Api.Staircase;
using Recovery.Api.SteeringGroups;
using Recovery.Api.GraphQL;
using Recovery.Api.Reports;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Municipalities;

internal static class MunicipalityQueries
{
    public const int SearchMax = 100;

    public static void AddMunicipalityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Description("Landets 98 kommuner; search matcher kode, navn eller region.")
            .Argument<StringGraphType>("search")
            .Resolve(context => Search(context.GetArgument<string?>("search")));

        query.Field<MunicipalityType>("municipality")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(context => Find(context.GetArgument<string>("code")));
    }

    public static Municipality Find(string code) =>
        MunicipalityCatalog.Find(code) ?? throw Errors.Error(RuleViolation.Codes.NotFound, $"Der findes ingen kommune med koden '{Shorten(code)}'.");

    private static IEnumerable<Municipality> Search(string? search)
    {
        var term = (search ?? "").Trim();
        if (term.Length > SearchMax)
            throw Errors.Error(RuleViolation.Codes.Validation, $"Søgningen må højst være {SearchMax} tegn.");
        return MunicipalityCatalog.All.Where(m =>
            m.Code.StartsWith(term, StringComparison.Ordinal)
            || m.Name.Contains(term, StringComparison.CurrentCultureIgnoreCase)
            || m.Region.Contains(term, StringComparison.CurrentCultureIgnoreCase));
    }

    private static string Shorten(string text) => text.Length <= 10 ? text : text[..10] + "…";
}

internal sealed class MunicipalityType : ObjectGraphType<Municipality>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        Description = "En kommune med officiel kode, navn og region.";
        Field(m => m.Code);
        Field(m => m.Name);
        Field(m => m.Region);
        this.AddProgrammeField();
        this.AddSteeringGroupField();
        this.AddImplementationGroupFields();
        this.AddPlanOverviewFields();
        this.AddPeopleField();
        this.AddErasuresField();
        this.AddTemperatureRoundFields();
        this.AddCaseReviewFields();
        this.AddCitizenMeasureFields();
        this.AddCitizenAccessLogField();
        this.AddProgressReportField();
        this.AddStaircaseField();
    }
}
