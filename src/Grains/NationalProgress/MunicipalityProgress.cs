using System.Collections.Immutable;
using JasperFx.Events;
using Marten.Events.Aggregation;
using Recovery.Grains.Municipalities;

namespace Recovery.Grains.NationalProgress;

/// <summary>
/// A municipality's place in the programme as the national console reads it (id = the stream key
/// <c>municipality:657</c>): no names, only facts the coordinator may see for every municipality.
/// </summary>
public sealed record MunicipalityProgress(
    string Id,
    DateTimeOffset? JoinedAt,
    ProgrammePhase Phase,
    ImmutableArray<ChecklistItem> Ticked) : ICrossMunicipalityReadModel
{
    public string Municipality => Id.Split(':')[1];
}

/// <summary>Keeps <see cref="MunicipalityProgress"/> inline with the municipality's events; rebuildable from them.</summary>
public sealed class MunicipalityProgressProjection : SingleStreamProjection<MunicipalityProgress, string>
{
    public MunicipalityProgressProjection()
    {
        foreach (var type in EventTypes.Of<MunicipalityEvent>()) IncludeType(type);
    }

    public override MunicipalityProgress? Evolve(MunicipalityProgress? snapshot, string id, IEvent e)
    {
        var progress = snapshot ?? new MunicipalityProgress(id, null, ProgrammePhase.StartUp, []);
        return e.Data switch
        {
            ProgrammeJoined x => progress with { JoinedAt = x.At, Phase = ProgrammePhase.StartUp },
            ProgrammePhaseChanged x => progress with { Phase = x.To },
            ChecklistItemTicked x when !progress.Ticked.Contains(x.Item) => progress with { Ticked = progress.Ticked.Add(x.Item) },
            ChecklistItemUnticked x => progress with { Ticked = progress.Ticked.Remove(x.Item) },
            _ => progress,
        };
    }
}
