using GraphQL;
using GraphQL.Types;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Assessments;
using Recovery.Grains.CaseReviews;

namespace Recovery.Api.CaseReviews;

internal static class CaseReviewMutations
{
    public static void AddCaseReviewMutations(this ObjectGraphType mutation)
    {
        Command<StartCaseReviewInput>(mutation, "startCaseReview", i => i.Id ?? Identifier.New("s"), async (c, review, i, id) =>
        {
            await EnsureRoundExists(c, i.MunicipalityCode, i.TemperatureRoundId);
            return new Change(await review.Start(new StartCaseReview(i.Title, i.TemperatureRoundId)), id);
        });
        Command<AddReviewedCaseInput>(mutation, "addReviewedCase", i => i.ReviewId, async (_, review, i, _) =>
        {
            var caseId = i.CaseId ?? Identifier.New("c");
            return new Change(await review.AddCase(new AddReviewedCase(caseId, i.Reference)), caseId);
        });
        Command<JudgeReviewedCaseInput>(mutation, "judgeReviewedCase", i => i.ReviewId, async (_, review, i, _) =>
            new Change(await review.JudgeCase(new JudgeReviewedCase(i.CaseId, (Principle)i.Principle, i.Judgement, i.Note)), i.CaseId));
        Command<RemoveReviewedCaseInput>(mutation, "removeReviewedCase", i => i.ReviewId, async (_, review, i, _) =>
            new Change(await review.RemoveCase(new RemoveReviewedCase(i.CaseId)), i.CaseId));
        Command<ConcludeCaseReviewInput>(mutation, "concludeCaseReview", i => i.ReviewId, async (_, review, _, id) =>
            new Change(await review.Conclude(), id));
    }

    /// <summary>A link to a temperature round must name one of the municipality's rounds; the round's summary says so without waking it.</summary>
    private static async Task EnsureRoundExists(IResolveFieldContext context, string code, string? roundId)
    {
        if (string.IsNullOrWhiteSpace(roundId)) return;
        AccessRules.Demand(context.RequireCaller(), code, Access.Govern);
        if (!Identifier.IsValid(roundId)) throw Errors.Error(RuleViolation.Codes.Validation, "Ugyldigt id på temperaturmålingen.");
        await using var session = context.RequestServices!.GetRequiredService<IDocumentStore>().QuerySession(code);
        if (await session.LoadAsync<TemperatureRoundSummary>(TemperatureRoundKeys.Stream(code, roundId), context.CancellationToken) is null)
            throw Errors.Error(RuleViolation.Codes.NotFound, "Temperaturmålingen findes ikke.");
    }

    private static void Command<TInput>(ObjectGraphType mutation, string name, Func<TInput, string> reviewId,
        Func<IResolveFieldContext, ICaseReviewGrain, TInput, string, Task<Change>> run) where TInput : MunicipalityInput =>
        KeyedGrainMutation.Add(mutation, name, reviewId, CaseReviewKeys.Grain, "sagsgennemgangen", run);
}
