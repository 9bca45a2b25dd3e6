using System.Collections.Immutable;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.GraphQL;
using Recovery.Api.Municipalities;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Workshops;

/// <summary>A workshop's life: the room itself runs over the hub, not GraphQL.</summary>
internal static class WorkshopMutations
{
    public static void AddWorkshopMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ChangeType>>("scheduleWorkshop")
            .Description("Planlæg en workshop om styregruppens udviklingsplan. Et valgfrit id gør et genforsøg harmløst.")
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .Argument<IdGraphType>("id")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<NonNullGraphType<StringGraphType>>("startsAt", "ISO 8601, fx 2026-12-03T09:00:00+01:00")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("agenda")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id") ?? Identifier.New("w");
                var startsAt = DateTimeOffset.TryParse(c.GetArgument<string>("startsAt"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    ? at
                    : throw Errors.Error(RuleViolation.Codes.Validation, "Tidspunktet skal skrives som ISO 8601, fx 2026-12-03T09:00:00+01:00.");
                var command = new ScheduleWorkshop(c.GetArgument<string>("title"), startsAt, [.. c.GetArgument<List<string>>("agenda")]);
                return new Change(await Workshop(c, id).Schedule(command), id);
            });

        mutation.Field<NonNullGraphType<OpenedWorkshopType>>("openWorkshop")
            .Description("Åbn rummet: planen kopieres ind, og der laves en gæstekode.")
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Workshop(c, c.GetArgument<string>("id")).Open());

        mutation.Field<NonNullGraphType<ChangeType>>("closeWorkshop")
            .Description("Luk rummet: planen skrives ind i udviklingsplanen, resultatet i historikken, og gæsteadgang ophører.")
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => new Change(await Workshop(c, c.GetArgument<string>("id")).Close(), c.GetArgument<string>("id")));

        mutation.Field<NonNullGraphType<ChangeType>>("revokeWorkshopGuest")
            .Description("Fjern en gæst: tokenet holder op med at virke, og forbindelsen lukkes.")
            .Argument<NonNullGraphType<StringGraphType>>("municipalityCode")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IdGraphType>>("participant")
            .ResolveAsync(async c => new Change(
                await Workshop(c, c.GetArgument<string>("id")).Revoke(c.GetArgument<string>("participant")), c.GetArgument<string>("participant")));
    }

    private static IWorkshopGrain Workshop(IResolveFieldContext context, string id)
    {
        context.RequireCaller();
        var municipality = context.GetArgument<string>("municipalityCode");
        MunicipalityQueries.Find(municipality);
        return context.RequestServices!.GetRequiredService<IGrainFactory>().GetGrain<IWorkshopGrain>(WorkshopKeys.Grain(municipality, Identifier.Valid(id)));
    }
}

internal sealed class OpenedWorkshopType : ObjectGraphType<OpenedWorkshop>
{
    public OpenedWorkshopType()
    {
        Name = "OpenedWorkshop";
        Field<NonNullGraphType<IntGraphType>>("version").Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Gæstekoden, fx K7M-4QX.").Resolve(c => c.Source.Code);
    }
}
