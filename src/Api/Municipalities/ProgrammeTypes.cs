using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Municipalities;

internal static class ProgrammeQueries
{
    public static void AddProgrammeField(this ObjectGraphType<Municipality> municipality) =>
        municipality.Field<ProgrammeType>("programme")
            .Description("Kommunens deltagelse i programmet. Kun for kommunens egne folk og den nationale koordinator.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<ProgrammeReader>()
                .Read(context.Source.Code, context.RequireCaller()));
}

internal sealed class ProgrammeType : ObjectGraphType<ProgrammeModel>
{
    public ProgrammeType()
    {
        Name = "Programme";
        Description = "Omlægningsprogrammet: fase, forberedelsestjekliste og deling af borgeres tekst.";
        Field<NonNullGraphType<BooleanGraphType>>("joined").Resolve(c => c.Source.State.Joined);
        Field<StringGraphType>("joinedAt").Resolve(c => c.Source.State.JoinedAt?.ToString("O"));
        Field<ProgrammePhaseType>("phase").Description("Null indtil kommunen er tilmeldt.")
            .Resolve(c => c.Source.State.Joined ? c.Source.State.Phase : null);
        Field<StringGraphType>("phaseTitle").Resolve(c => c.Source.State.Joined ? c.Source.State.Phase.DanishTitle() : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistEntryType>>>>("checklist")
            .Description("Altid de fem punkter fra vejledningen, i vejledningens rækkefølge.")
            .Resolve(c => ChecklistItems.All.Select(item => c.Source.State.Tick(item) is { } tick
                ? new ChecklistEntry(item, tick.TickedAt, c.Source.NameOf(tick.TickedBy))
                : new ChecklistEntry(item, null, null)));
        Field<NonNullGraphType<BooleanGraphType>>("sharesCitizenText")
            .Description("Om tekst skrevet af borgere vises for den nationale koordinator.")
            .Resolve(c => c.Source.State.SharesCitizenText);
        Field<NonNullGraphType<BooleanGraphType>>("canJoin").Resolve(c => c.Source.CanJoin);
        Field<NonNullGraphType<BooleanGraphType>>("canChangePhase").Resolve(c => c.Source.CanChangePhase);
        Field<NonNullGraphType<BooleanGraphType>>("canTick").Resolve(c => c.Source.CanTick);
        Field<NonNullGraphType<BooleanGraphType>>("canShare").Resolve(c => c.Source.CanShare);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Kommunestrømmens version; vokser ved hver ændring.")
            .Resolve(c => (int)c.Source.Version);
    }
}

internal sealed record ChecklistEntry(ChecklistItem Item, DateTimeOffset? TickedAt, string? TickedByName);

internal sealed class ChecklistEntryType : ObjectGraphType<ChecklistEntry>
{
    public ChecklistEntryType()
    {
        Name = "ChecklistEntry";
        Field<NonNullGraphType<ChecklistItemType>>("item").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Item.DanishTitle());
        Field<NonNullGraphType<BooleanGraphType>>("ticked").Resolve(c => c.Source.TickedAt is not null);
        Field<StringGraphType>("tickedAt").Resolve(c => c.Source.TickedAt?.ToString("O"));
        Field<StringGraphType>("tickedByName").Description("Skjult (null) for personer uden for kommunen.").Resolve(c => c.Source.TickedByName);
    }
}

internal sealed class ProgrammePhaseType : EnumerationGraphType<ProgrammePhase>
{
    public ProgrammePhaseType() => Name = "ProgrammePhase";
}

internal sealed class ChecklistItemType : EnumerationGraphType<ChecklistItem>
{
    public ChecklistItemType() => Name = "ChecklistItem";
}
