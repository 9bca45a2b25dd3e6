using Recovery.Api.History;
using Recovery.Grains.ImplementationGroups;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Exports;

/// <summary>An implementation group's plan and decision log as tables; null when the municipality has no group by that slug.</summary>
internal static class ImplementationGroupExports
{
    public static async Task<ExportContent?> Plan(ExportRequest request, string slug)
    {
        if (await View(request, slug) is not { } state) return null;
        var names = await request.Names(state.Activities.Select(a => a.OwnerId));
        var decisions = state.Decisions.ToDictionary(d => d.Id, d => d.Title);
        var rows = state.Activities.Select(a => (IReadOnlyList<ExportCell>)
        [
            a.Title, a.Description, string.Join("; ", a.Principles.Select(p => $"{(int)p}. {p.DanishTitle()}")),
            names(a.OwnerId), ExportCell.Date(a.Starts), ExportCell.Date(a.Due), a.Status.DanishName(),
            a.DecisionId is not null ? decisions.GetValueOrDefault(a.DecisionId, "") : "",
            a.FollowUps.Count == 0 ? "" : LatestFollowUp(a.FollowUps[^1]),
        ]).ToArray();
        return new(new ExportTable("Implementeringsplan",
            ["Aktivitet", "Beskrivelse", "Principper", "Ansvarlig", "Start", "Frist", "Status", "Beslutning", "Seneste opfølgning"], rows),
            $"{slug}-implementeringsplan");
    }

    public static async Task<ExportContent?> Decisions(ExportRequest request, string slug)
    {
        if (await View(request, slug) is not { } state) return null;
        var names = await request.Names(state.Decisions.Select(d => d.RecordedBy));
        var rows = state.Decisions.Select(d => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Date(DanishTime.Day(d.RecordedAt)), d.Title, d.Rationale, names(d.RecordedBy),
        ]).ToArray();
        return new(new ExportTable("Beslutninger", ["Dato", "Beslutning", "Begrundelse", "Registreret af"], rows),
            $"{slug}-beslutninger");
    }

    /// <summary>Follow-ups are appended in time order, so the last is the latest.</summary>
    private static string LatestFollowUp(FollowUp followUp) =>
        $"{DanishTime.Day(followUp.At):dd-MM-yyyy}: {followUp.Note}";

    /// <summary>Only groups in the municipality's registry are looked up, so a guessed slug wakes no grain.</summary>
    private static async Task<ImplementationGroupState?> View(ExportRequest request, string slug)
    {
        if (!ImplementationGroupKeys.IsValidSlug(slug)) return null;
        var key = ImplementationGroupKeys.Grain(request.Code, slug);
        var registry = (await request.Grains.GetGrain<IMunicipalityGrain>(request.Code).View()).State;
        if (!registry.Groups.Exists(g => g.Key == key && g.Kind == GroupKind.Implementation)) return null;
        var view = await request.Grains.GetGrain<IImplementationGroupGrain>(key).View();
        return view.State.Established ? view.State : null;
    }
}
