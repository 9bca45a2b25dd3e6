using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Grains.ReferenceNetwork;

namespace Recovery.Api.ReferenceNetwork;

internal sealed class ReferenceNetworkType : ObjectGraphType<ReferenceNetworkModel>
{
    public ReferenceNetworkType()
    {
        Name = "ReferenceNetwork";
        Description = "Kommunens plads i referencenetværket og sammenligningen med netværkets fordeling.";
        Field<NonNullGraphType<StringGraphType>>("municipalityCode").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<BooleanGraphType>>("member").Description("Om kommunen er med i referencenetværket.").Resolve(c => c.Source.Member);
        Field<NonNullGraphType<BooleanGraphType>>("mayJoin").Description("Om du kan melde kommunen ind (kun kommunens strategiske leder).").Resolve(c => c.Source.MayJoin);
        Field<NonNullGraphType<BooleanGraphType>>("mayLeave").Description("Om du kan melde kommunen ud (kun kommunens strategiske leder).").Resolve(c => c.Source.MayLeave);
        Field<NonNullGraphType<BooleanGraphType>>("mayPublish").Description("Om du kan udgive en ny udgave (kun den nationale koordinator).").Resolve(c => c.Source.MayPublish);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EditionHeadingType>>>>("editions")
            .Description("De udgivne udgaver, nyeste først; tom for en kommune uden for netværket.")
            .Resolve(c => c.Source.Editions.Reverse());
        Field<ComparisonType>("comparison")
            .Description("Den valgte (eller seneste) udgave sammen med kommunens egne tal; null uden udgaver eller adgang.")
            .Argument<IntGraphType>("edition")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ReferenceNetworkReader>()
                .Compare(c.Source, c.GetArgument<int?>("edition"), c.CancellationToken));
    }
}

internal sealed class EditionHeadingType : ObjectGraphType<EditionHeading>
{
    public EditionHeadingType()
    {
        Name = "ReferenceNetworkEdition";
        Field<NonNullGraphType<IntGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt").Resolve(c => c.Source.PublishedAt);
    }
}

internal sealed class ComparisonType : ObjectGraphType<ComparisonModel>
{
    public ComparisonType()
    {
        Name = "ReferenceNetworkComparison";
        Field<NonNullGraphType<IntGraphType>>("edition").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("publishedAt").Resolve(c => c.Source.PublishedAt);
        Field<NonNullGraphType<BooleanGraphType>>("showsOwnFigures").Description("Falsk for den nationale koordinator: kun fordelingerne.").Resolve(c => c.Source.ShowsOwnFigures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparisonRowType>>>>("rows").Resolve(c => c.Source.Rows);
    }
}

internal sealed class ComparisonRowType : ObjectGraphType<ComparisonRow>
{
    public ComparisonRowType()
    {
        Name = "ReferenceNetworkRow";
        Field<NonNullGraphType<StringGraphType>>("metric").Resolve(c => c.Source.Metric.Id);
        Field<NonNullGraphType<StringGraphType>>("group").Description("Målegruppen, på dansk.").Resolve(c => c.Source.Metric.Group);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Metric.Label);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Metric.Unit);
        Field<FloatGraphType>("own").Description("Kommunens eget tal (én decimal); null uden tal, skjult eller for den nationale koordinator.")
            .Resolve(c => c.Source.Own?.Value is { } v ? NetworkSuppression.Round(v) : null);
        Field<StringGraphType>("ownHidden").Description("Hvorfor kommunens eget tal ikke vises, hvis det er skjult.")
            .Resolve(c => c.Source.Own is { Value: null } ? "Skjult: færre end 5 borgere" : null);
        Field<IntGraphType>("n").Description("Antal kommuner i fordelingen.").Resolve(c => c.Source.Cell.N);
        Field<FloatGraphType>("median").Resolve(c => c.Source.Cell.Median);
        Field<FloatGraphType>("q1").Description("Nedre kvartil.").Resolve(c => c.Source.Cell.Q1);
        Field<FloatGraphType>("q3").Description("Øvre kvartil.").Resolve(c => c.Source.Cell.Q3);
        Field<StringGraphType>("suppressed").Description("Hvorfor netværkets tal er skjult; null når de vises.")
            .Resolve(c => c.Source.Cell.Suppressed switch
            {
                SuppressionReason.TooFewMunicipalities => "Skjult: for få kommuner",
                SuppressionReason.MembershipChangedTooLittle => "Skjult: medlemskredsen har ændret sig for lidt siden sidst",
                _ => null,
            });
    }
}
