using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Recovery.Api.SteeringGroups;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;

namespace Recovery.Api.Workshops;

internal sealed class WorkshopType : ObjectGraphType<WorkshopSummary>
{
    public WorkshopType()
    {
        Name = "Workshop";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("startsAt").Resolve(c => c.Source.StartsAt.ToString("O"));
        Field<NonNullGraphType<EnumerationGraphType<WorkshopStatus>>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("code").Description("Gæstekoden mens rummet er åbent; kun for den, der styrer det.").Resolve(c => c.Source.Code);
    }
}

/// <summary>What a held workshop left in the group's history.</summary>
internal sealed class HeldWorkshopType : ObjectGraphType<GroupWorkshop>
{
    public HeldWorkshopType()
    {
        Name = "HeldWorkshop";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("heldAt").Resolve(c => c.Source.HeldAt!.Value.ToString("O"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceType>>>>("attendance")
            .Description("Fremmøde som antal pr. rolle; aldrig navne.")
            .Resolve(c => c.Source.Attendance.OrderBy(a => a.Key).Select(a => new KeyValuePair<string, int>(a.Key, a.Value)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemDotsType>>>>("votes").Resolve(c => c.Source.Votes);
    }
}

internal sealed class AttendanceType : ObjectGraphType<KeyValuePair<string, int>>
{
    public AttendanceType()
    {
        Name = "Attendance";
        Field<NonNullGraphType<StringGraphType>>("role").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Value);
    }
}

internal sealed class ItemDotsType : ObjectGraphType<ItemDots>
{
    public ItemDotsType()
    {
        Name = "ItemDots";
        Field<NonNullGraphType<IdGraphType>>("item").Resolve(c => c.Source.Item);
        Field<NonNullGraphType<IntGraphType>>("dots").Resolve(c => c.Source.Dots);
    }
}

internal static class WorkshopFields
{
    /// <summary>A group's workshops hang off the group; this slice owns the fields.</summary>
    public static void AddWorkshopFields(this ObjectGraphType<SteeringGroupModel> group)
    {
        group.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkshopType>>>>("workshops")
            .Description("Gruppens workshops, seneste først.")
            .WithComplexityImpact(1, 20)
            .ResolveAsync(async c =>
            {
                var grains = c.RequestServices!.GetRequiredService<IGrainFactory>();
                c.Source.Viewer.Enter();
                // A held workshop is closed for good and the group knows all the list shows of it; only
                // the ones not yet held may be open, with a code only their grain knows. A group read as of
                // an earlier day shows what its own events said then, never today's rooms.
                var summaries = await Task.WhenAll(c.Source.State.Workshops.Reverse().Select(w => w.HeldAt is not null || c.Source.AsOf is not null
                    ? Task.FromResult<WorkshopSummary?>(new WorkshopSummary(
                        w.Id, w.Title, w.StartsAt, w.HeldAt is null ? WorkshopStatus.Scheduled : WorkshopStatus.Closed, null))
                    : grains.GetGrain<IWorkshopGrain>(WorkshopKeys.Grain(c.Source.MunicipalityCode, w.Id)).Summary()));
                return summaries.OfType<WorkshopSummary>();
            });
        group.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HeldWorkshopType>>>>("heldWorkshops")
            .Description("Afholdte workshops og deres resultat (stemmer, fremmøde pr. rolle).")
            .Resolve(c => c.Source.State.Workshops.Where(w => w.HeldAt is not null).Reverse());
    }
}
