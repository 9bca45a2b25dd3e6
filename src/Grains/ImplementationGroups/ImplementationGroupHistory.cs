using static Recovery.Grains.Shared.Narration;

namespace Recovery.Grains.ImplementationGroups;

/// <summary>
/// The implementation group's events told in plain Danish, each against the state just before it.
/// Pure: names, dates of versions and the actor are filled in by the reader (see <see cref="Narration"/>).
/// </summary>
public static class ImplementationGroupHistory
{
    /// <summary>The group's stream through time, folded with the decider's own Evolve.</summary>
    public static StreamHistory<ImplementationGroupState, ImplementationGroupEvent> Stream { get; } =
        new(ImplementationGroupState.Initial, ImplementationGroupDecider.Evolve, Narrate);

    public static Narration? Narrate(ImplementationGroupState before, ImplementationGroupEvent e) => e switch
    {
        ImplementationGroupEstablished x => new(null, $"nedsatte implementeringsgruppen {Quote(x.Name)}"),
        ImplementationGroupMemberAdded x => new(null, $"tilføjede {Person(x.PersonId)} til gruppen"),
        ImplementationGroupMemberRemoved x => new(null, $"fjernede {Person(x.PersonId)} fra gruppen"),
        ImplementationGroupTovholderAppointed x => new(null, $"gjorde {Person(x.PersonId)} til gruppens tovholder"),
        ImplementationGroupMandateSet x => new(null, x.Mandate.Length == 0 ? "fjernede gruppens mandat" : "ændrede gruppens mandat"),
        ImplementationDecisionRecorded x => new(x.DecisionId, $"noterede beslutningen {Quote(x.Title)}"),
        ActivityDecided x => new(x.ActivityId, $"knyttede aktiviteten til beslutningen {Quote(before.Decisions.Find(d => d.Id == x.DecisionId)?.Title ?? "")}"),
        // Only marks what outsiders may not read; the change it marks is told on its own.
        CitizenTextWritten => null,
        ActivityAdded x => new(x.ActivityId, $"tilføjede aktiviteten {Quote(x.Title)}"),
        ActivityRetitled x => new(x.ActivityId, $"omdøbte aktiviteten fra {Quote(before.Activity(x.ActivityId)?.Title ?? "")} til {Quote(x.Title)}"),
        ActivityDescribed x => new(x.ActivityId, x.Description.Length == 0 ? "fjernede beskrivelsen" : "ændrede beskrivelsen"),
        ActivityPrinciplesChanged x => new(x.ActivityId, $"knyttede aktiviteten til {PrincipleList(x.Principles)}"),
        ActivityOwnerAssigned x => new(x.ActivityId, x.OwnerId is null ? "fjernede den ansvarlige" : $"gav ansvaret til {Person(x.OwnerId)}"),
        ActivityRescheduled x => new(x.ActivityId, Schedule(before.Activity(x.ActivityId), x)),
        ActivityStatusChanged x => new(x.ActivityId,
            $"ændrede status fra {(before.Activity(x.ActivityId)?.Status ?? PlanItemStatus.Planned).DanishName()} til {x.Status.DanishName()}"),
        ActivityFollowedUp x => new(x.ActivityId, $"fulgte op: {Quote(x.Note)}"),
        ActivityAimedAtFigure x => new(x.ActivityId, x.Aim is null ? "fjernede nøgletallet, aktiviteten sigter mod" : $"lod aktiviteten sigte mod nøgletallet {Quote(x.Aim.Figure.DanishName())}"),
        ActivityRestored x => new(x.ActivityId, $"gendannede aktiviteten til versionen fra {{version:{x.FromVersion}}}"),
        DriverOrBarrierNoted x => new(x.ForceId, $"noterede {(x.Kind == ForceKind.Driver ? "drivkraften" : "barrieren")} {Quote(x.Text)}"),
        DriverOrBarrierRemoved x => new(x.ForceId, $"fjernede {Quote(before.Forces.Find(f => f.Id == x.ForceId)?.Text ?? "")}"),
        ImplementationReportSubmitted x => new(x.ReportId, $"sendte rapporten {Quote(x.Title)} til styregruppen"),
        TrialActionProposed x => new(x.TrialId, $"foreslog prøvehandlingen {Quote(x.Trial)}"),
        TrialActionLearningRecorded x => new(x.TrialId, "noterede, hvad gruppen lærte"),
        TrialActionPromoted x => new(x.TrialId, $"gjorde prøvehandlingen til aktiviteten {Quote(before.Trial(x.TrialId)?.Trial ?? "")}"),
        _ => new(null, "ændrede gruppen"),
    };

    private static string Schedule(Activity? before, ActivityRescheduled x)
    {
        var due = (before?.Due, x.Due) switch
        {
            (null, { } to) => $"satte fristen til {Date(to)}",
            ({ } from, null) => $"fjernede fristen ({Date(from)})",
            ({ } from, { } to) when from != to => $"ændrede fristen fra {Date(from)} til {Date(to)}",
            _ => null,
        };
        var start = before?.Starts == x.Starts ? null : x.Starts is { } starts ? $"satte starten til {Date(starts)}" : "fjernede starten";
        return string.Join(" og ", new[] { start, due }.OfType<string>()) is { Length: > 0 } told ? told : "ændrede datoerne";
    }

    /// <summary>"princip 4", "princip 1 og 3", "princip 1, 3 og 4".</summary>
    private static string PrincipleList(IReadOnlyList<Principle> principles) => principles.Select(p => ((int)p).ToString()).ToArray() switch
    {
        [] => "ingen principper",
        [var one] => $"princip {one}",
        [.. var first, var last] => $"princip {string.Join(", ", first)} og {last}",
    };
}
