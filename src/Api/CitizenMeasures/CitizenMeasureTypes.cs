using GraphQL.Types;
using Recovery.Grains.CitizenMeasures;

namespace Recovery.Api.CitizenMeasures;

/// <summary>Instruments travel as <c>who5</c> and <c>brief-inspire-o</c>, the way the web app names them in its paths.</summary>
internal static class InstrumentNames
{
    public static string Name(this Instrument instrument) => instrument == Instrument.Who5 ? "who5" : "brief-inspire-o";

    public static Instrument? Parse(string? name) => name switch
    {
        "who5" => Instrument.Who5,
        "brief-inspire-o" => Instrument.BriefInspireO,
        _ => null,
    };
}

internal sealed class InstrumentType : ObjectGraphType<InstrumentDefinition>
{
    public InstrumentType()
    {
        Name = "CitizenMeasureInstrument";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Instrument.Name());
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("introduction").Resolve(c => c.Source.Introduction);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("items").Description("Udsagnene i rækkefølge (nr. 1–5).")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResponseOptionType>>>>("options").Resolve(c => c.Source.Options);
        Field<NonNullGraphType<IntGraphType>>("cutOff").Description("Over denne score regnes man over skæringspunktet.").Resolve(c => c.Source.CutOff);
        Field<NonNullGraphType<IntGraphType>>("relevantChange").Description("Point, der er en relevant ændring.").Resolve(c => c.Source.RelevantChange);
    }
}

internal sealed class ResponseOptionType : ObjectGraphType<ResponseOption>
{
    public ResponseOptionType()
    {
        Name = "CitizenMeasureOption";
        Field<NonNullGraphType<IntGraphType>>("value").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
    }
}

internal sealed class CitizenType : ObjectGraphType<CitizenView>
{
    public CitizenType()
    {
        Name = "Citizen";
        Description = "En borger under pseudonym, som borgeren selv og borgerens egne medarbejdere ser den.";
        Field<NonNullGraphType<StringGraphType>>("pseudonym").Resolve(c => c.Source.Pseudonym);
        Field<NonNullGraphType<BooleanGraphType>>("youAreOwnStaff").Resolve(c => c.Source.YouAreOwnStaff);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ownStaffIds").Description("Kun for borgerens egne medarbejdere.")
            .Resolve(c => c.Source.OwnStaff);
        Field<NonNullGraphType<BooleanGraphType>>("hasPersonalCode").Resolve(c => c.Source.HasPersonalCode);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasureEntryType>>>>("measures").Description("Alle besvarelser, ældste først.")
            .Resolve(c => c.Source.Measures);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.Version);
    }
}

internal sealed class MeasureEntryType : ObjectGraphType<MeasureEntry>
{
    public MeasureEntryType()
    {
        Name = "CitizenMeasureAnswer";
        Field<NonNullGraphType<IdGraphType>>("instrument").Resolve(c => c.Source.Instrument.Name());
        Field<NonNullGraphType<ListGraphType<IntGraphType>>>("answers").Description("Ét svar pr. udsagn; null hvor det ikke er besvaret.")
            .Resolve(c => c.Source.Answers);
        Field<IntGraphType>("score").Description("0–100; null når besvarelsen ikke er fuldstændig.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<IntGraphType>>("missing").Description("Antal ubesvarede udsagn.")
            .Resolve(c => Instruments.Of(c.Source.Instrument).Missing(c.Source.Answers));
        Field<NonNullGraphType<StringGraphType>>("period").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<StringGraphType>>("at").Resolve(c => c.Source.At.ToString("O"));
        Field<NonNullGraphType<BooleanGraphType>>("onBehalf").Description("Indtastet af en medarbejder på borgerens vegne.").Resolve(c => c.Source.OnBehalf);
    }
}

internal sealed class OwnCitizenType : ObjectGraphType<CitizenSummary>
{
    public OwnCitizenType()
    {
        Name = "OwnCitizen";
        Field<NonNullGraphType<StringGraphType>>("pseudonym").Resolve(c => c.Source.Pseudonym);
        Field<NonNullGraphType<StringGraphType>>("enrolledAt").Resolve(c => c.Source.EnrolledAt.ToString("O"));
    }
}

internal sealed class PeriodAggregateType : ObjectGraphType<PeriodAggregate>
{
    public PeriodAggregateType()
    {
        Name = "CitizenMeasureAggregate";
        Description = "Én periodes tal for kommunen. Under 5 borgere: suppressed, og ingen tal.";
        Field<NonNullGraphType<StringGraphType>>("period").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<BooleanGraphType>>("suppressed").Description("For få besvarelser til at vise tal.").Resolve(c => c.Source.Suppressed);
        Field<IntGraphType>("citizens").Resolve(c => c.Source.Citizens);
        Field<FloatGraphType>("mean").Resolve(c => c.Source.Mean);
        Field<FloatGraphType>("shareAboveCutOff").Description("Andel (0–1) over skæringspunktet.").Resolve(c => c.Source.ShareAboveCutOff);
        Field<FloatGraphType>("shareWithRelevantChange")
            .Description("Andel (0–1) af borgere med en tidligere score, hvis score er steget mindst den relevante ændring.")
            .Resolve(c => c.Source.ShareImproved);
        Field<FloatGraphType>("shareWithRelevantWorsening").Description("Andel (0–1), hvis score er faldet mindst den relevante ændring.")
            .Resolve(c => c.Source.ShareWorsened);
    }
}

internal sealed record IssuedCode(string Code, long Version);

internal sealed class IssuedCodeType : ObjectGraphType<IssuedCode>
{
    public IssuedCodeType()
    {
        Name = "IssuedPersonalCode";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Vises kun denne ene gang.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.Version);
    }
}
