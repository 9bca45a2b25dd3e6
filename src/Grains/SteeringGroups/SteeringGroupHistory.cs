using static Recovery.Grains.Shared.Narration;

namespace Recovery.Grains.SteeringGroups;

/// <summary>
/// The steering group's events told in plain Danish, each against the state just before it (a
/// rename says what the title was). Pure: names, dates of versions and the actor are filled in by
/// the reader of the history (see <see cref="Narration"/> for the tokens).
/// </summary>
public static class SteeringGroupHistory
{
    /// <summary>The steering group's stream through time, folded with the decider's own Evolve.</summary>
    public static StreamHistory<SteeringGroupState, SteeringGroupEvent> Stream { get; } =
        new(SteeringGroupState.Initial, SteeringGroupDecider.Evolve, Narrate);

    public static Narration? Narrate(SteeringGroupState before, SteeringGroupEvent e) => e switch
    {
        SteeringGroupEstablished => new(null, "oprettede styregruppen"),
        SteeringGroupMemberAdded a => new(null, $"tilføjede {Person(a.PersonId)} til styregruppen"),
        SteeringGroupMemberRemoved r => new(null, $"fjernede {Person(r.PersonId)} fra styregruppen"),
        SteeringDecisionRecorded d => new(null, $"noterede beslutningen {Quote(d.Title)}"),
        SteeringGroupMandateSet m => new(null, m.Mandate.Length == 0 ? "fjernede styregruppens mandat" : "ændrede styregruppens mandat"),
        DevelopmentPlanItemDecided x => new(x.ItemId, $"knyttede punktet til beslutningen {Quote(before.Decisions.Find(d => d.Id == x.DecisionId)?.Title ?? "")}"),
        DevelopmentPlanItemSourced x => new(x.ItemId, x.Kind == MeasurementKind.TemperatureRound
            ? "knyttede punktet til en temperaturmåling" : "knyttede punktet til en sagsgennemgang"),
        DevelopmentPlanItemAimedAtFigure x => new(x.ItemId, x.Aim is null
            ? "fjernede nøgletallet, punktet sigter mod" : $"lod punktet sigte mod nøgletallet {Quote(x.Aim.Figure.DanishName())}"),
        // Only marks what outsiders may not read; the change it marks is told on its own.
        SteeringCitizenTextWritten => null,
        DevelopmentPlanItemAdded a => new(a.ItemId, $"tilføjede punktet {Quote(a.Title)}"),
        DevelopmentPlanItemRetitled x => new(x.ItemId, $"omdøbte punktet fra {Quote(before.Item(x.ItemId)?.Title ?? "")} til {Quote(x.Title)}"),
        DevelopmentPlanItemDescribed x => new(x.ItemId, x.Description.Length == 0 ? "fjernede beskrivelsen" : "ændrede beskrivelsen"),
        DevelopmentPlanItemOwnerAssigned x => new(x.ItemId, x.OwnerId is null ? "fjernede den ansvarlige" : $"gav ansvaret til {Person(x.OwnerId)}"),
        DevelopmentPlanItemRescheduled x => new(x.ItemId, (before.Item(x.ItemId)?.Due, x.Due) switch
        {
            (null, { } to) => $"satte fristen til {Date(to)}",
            ({ } from, null) => $"fjernede fristen ({Date(from)})",
            ({ } from, { } to) => $"ændrede fristen fra {Date(from)} til {Date(to)}",
            _ => "fjernede fristen",
        }),
        DevelopmentPlanItemStatusChanged x => new(x.ItemId,
            $"ændrede status fra {(before.Item(x.ItemId)?.Status ?? PlanItemStatus.Planned).DanishName()} til {x.Status.DanishName()}"),
        DevelopmentPlanItemRestored x => new(x.ItemId, $"gendannede punktet til versionen fra {{version:{x.FromVersion}}}"),
        WorkshopPlanned w => new(null, $"planlagde workshoppen {Quote(w.Title)}"),
        WorkshopHeld h => new(null, $"afholdt workshoppen {Quote(before.Workshops.Find(w => w.Id == h.WorkshopId)?.Title ?? "")}"),
        _ => new(null, "ændrede styregruppen"),
    };
}
