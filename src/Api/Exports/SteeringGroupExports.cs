using Recovery.Api.History;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Api.Exports;

/// <summary>The steering group's development plan and decision log as tables; null when the group is not established.</summary>
internal static class SteeringGroupExports
{
    public static async Task<ExportContent?> DevelopmentPlan(ExportRequest request)
    {
        if (await View(request) is not { } state) return null;
        var names = await request.Names(state.Plan.Select(i => i.OwnerId));
        // Ordered by prerequisite, as the plan reads on screen; the number column lets a spreadsheet sort back to it.
        var rows = state.Plan.OrderBy(i => i.Prerequisite).Select(i => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Number((int)i.Prerequisite), i.Prerequisite.DanishTitle(), i.Title, i.Description,
            names(i.OwnerId), ExportCell.Date(i.Due), i.Status.DanishName(),
        ]).ToArray();
        return new(new ExportTable("Udviklingsplan", ["Nr.", "Forudsætning", "Titel", "Beskrivelse", "Ansvarlig", "Frist", "Status"], rows),
            "styregruppe-udviklingsplan");
    }

    public static async Task<ExportContent?> Decisions(ExportRequest request)
    {
        if (await View(request) is not { } state) return null;
        var names = await request.Names(state.Decisions.Select(d => d.RecordedBy));
        var rows = state.Decisions.Select(d => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Date(DanishTime.Day(d.RecordedAt)), d.Title, d.Rationale, names(d.RecordedBy),
        ]).ToArray();
        return new(new ExportTable("Beslutninger", ["Dato", "Beslutning", "Begrundelse", "Registreret af"], rows),
            "styregruppe-beslutninger");
    }

    private static async Task<SteeringGroupState?> View(ExportRequest request)
    {
        var view = await request.Grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(request.Code)).View();
        return view.State.Established ? view.State : null;
    }
}
