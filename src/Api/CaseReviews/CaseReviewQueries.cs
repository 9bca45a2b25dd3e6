using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.CaseReviews;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.CaseReviews;

internal static class CaseReviewQueries
{
    public static void AddCaseReviewFields(this ObjectGraphType<Municipality> municipality)
    {
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseReviewSummaryType>>>>("caseReviews")
            .Description("Kommunens sagsgennemgange, nyeste først.")
            .ResolveAsync(async c =>
            {
                AccessRules.Demand(c.RequireCaller(), c.Source.Code, Access.Read);
                await using var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(c.Source.Code);
                var reviews = await session.Query<CaseReviewSummary>().ToListAsync(c.CancellationToken);
                return reviews.OrderByDescending(r => r.StartedAt).ToArray();
            });
        municipality.Field<CaseReviewType>("caseReview")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Description("Én sagsgennemgang med resultater pr. princip; sagerne og noterne kun for kommunens medarbejdere. Null hvis den ikke findes.")
            .ResolveAsync(async c =>
            {
                var (code, id) = (c.Source.Code, c.GetArgument<string>("id"));
                AccessRules.Demand(c.RequireCaller(), code, Access.Read);
                if (!Identifier.IsValid(id)) return null;
                // The summary says whether the review exists, so a guessed id wakes no grain.
                await using (var session = c.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code))
                    if (await session.LoadAsync<CaseReviewSummary>(CaseReviewKeys.Stream(code, id), c.CancellationToken) is null)
                        return null;
                var view = await c.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<ICaseReviewGrain>(CaseReviewKeys.Grain(code, id)).View();
                return new CaseReviewModel(id, view);
            });
    }
}

internal sealed record CaseReviewModel(string Id, CaseReviewView View);
