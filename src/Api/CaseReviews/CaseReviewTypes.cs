using GraphQL.Types;
using Recovery.Api.ImplementationGroups;
using Recovery.Grains.CaseReviews;

namespace Recovery.Api.CaseReviews;

internal sealed class CaseReviewType : ObjectGraphType<CaseReviewModel>
{
    public CaseReviewType()
    {
        Name = "CaseReview";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.View.Title);
        Field<IdGraphType>("temperatureRoundId").Description("Temperaturmålingen, gennemgangen hører til, hvis nogen.").Resolve(c => c.Source.View.TemperatureRoundId);
        Field<StringGraphType>("startedAt").Resolve(c => c.Source.View.StartedAt?.ToString("O"));
        Field<NonNullGraphType<BooleanGraphType>>("concluded").Resolve(c => c.Source.View.Concluded);
        Field<StringGraphType>("concludedAt").Resolve(c => c.Source.View.ConcludedAt?.ToString("O"));
        Field<NonNullGraphType<IntGraphType>>("caseCount").Resolve(c => c.Source.View.CaseCount);
        Field<NonNullGraphType<IntGraphType>>("maxCases").Resolve(_ => CaseReviewDecider.MaxCases);
        Field<NonNullGraphType<BooleanGraphType>>("casesWithheld")
            .Description("Sand, når du ikke må se sagerne og noterne (kun kommunens medarbejdere må); du ser antallene.")
            .Resolve(c => c.Source.View.Cases is null);
        Field<ListGraphType<NonNullGraphType<ReviewedCaseType>>>("cases").Description("Null, når sagerne er skjult for dig.")
            .Resolve(c => c.Source.View.Cases?.AsEnumerable());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrincipleTallyType>>>>("results")
            .Description("Pr. princip: optalt indtil nu, fastholdt fra afslutningen.")
            .Resolve(c => c.Source.View.Results.AsEnumerable());
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.View.Version);
    }
}

internal sealed class CaseReviewSummaryType : ObjectGraphType<CaseReviewSummary>
{
    public CaseReviewSummaryType()
    {
        Name = "CaseReviewSummary";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Gennemgangens id (strømmen er case-review:kode:id).")
            .Resolve(c => CaseReviewKeys.ReviewIdOfStream(c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<IdGraphType>("temperatureRoundId").Resolve(c => c.Source.TemperatureRoundId);
        Field<NonNullGraphType<StringGraphType>>("startedAt").Resolve(c => c.Source.StartedAt.ToString("O"));
        Field<NonNullGraphType<IntGraphType>>("caseCount").Resolve(c => c.Source.Cases);
        Field<StringGraphType>("concludedAt").Resolve(c => c.Source.ConcludedAt?.ToString("O"));
    }
}

internal sealed class ReviewedCaseType : ObjectGraphType<ReviewedCase>
{
    public ReviewedCaseType()
    {
        Name = "ReviewedCase";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("reference").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseJudgementEntryType>>>>("judgements")
            .Resolve(c => c.Source.Judgements.OrderBy(j => j.Key).Select(j => (j.Key, j.Value)));
    }
}

internal sealed class CaseJudgementEntryType : ObjectGraphType<(Principle Principle, PrincipleJudgement Judgement)>
{
    public CaseJudgementEntryType()
    {
        Name = "CaseJudgementEntry";
        Field<NonNullGraphType<PrincipleType>>("principle").Resolve(c => c.Source.Principle);
        Field<NonNullGraphType<CaseJudgementType>>("judgement").Resolve(c => c.Source.Judgement.Judgement);
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(c => c.Source.Judgement.Note);
    }
}

internal sealed class PrincipleTallyType : ObjectGraphType<PrincipleTally>
{
    public PrincipleTallyType()
    {
        Name = "PrincipleTally";
        Field<NonNullGraphType<PrincipleType>>("principle").Resolve(c => c.Source.Principle);
        Field<NonNullGraphType<IntGraphType>>("reflected").Resolve(c => c.Source.Reflected);
        Field<NonNullGraphType<IntGraphType>>("partly").Resolve(c => c.Source.Partly);
        Field<NonNullGraphType<IntGraphType>>("notReflected").Resolve(c => c.Source.NotReflected);
        Field<NonNullGraphType<IntGraphType>>("judged").Description("Antal sager, der er vurderet på princippet.").Resolve(c => c.Source.Judged);
        Field<FloatGraphType>("shareReflected").Description("Andel afspejlet af de vurderede (0–1); null uden vurderinger.")
            .Resolve(c => c.Source.ShareReflected);
    }
}

internal sealed class CaseJudgementType : EnumerationGraphType<CaseJudgement>
{
    public CaseJudgementType()
    {
        Name = "CaseJudgement";
        Description = "Afspejlet, delvist eller ikke afspejlet.";
        foreach (var value in Values) value.Description = ((CaseJudgement)value.Value!).DanishLabel();
    }
}
