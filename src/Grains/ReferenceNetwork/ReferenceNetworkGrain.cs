using System.Collections.Immutable;
using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Recovery.Grains.Municipalities;

namespace Recovery.Grains.ReferenceNetwork;

[Reentrant]
internal sealed class ReferenceNetworkGrain(IDocumentStore store, TimeProvider clock, ILogger<ReferenceNetworkGrain> logger)
    : Grain, IReferenceNetworkGrain
{
    public const string StreamKey = "reference-network";

    private EventStream<ReferenceNetworkState, ReferenceNetworkEvent> stream = null!;
    private CommandQueue<ReferenceNetworkState, ReferenceNetworkEvent, PublishReferenceNetworkEdition> commands = null!;

    public override Task OnActivateAsync(CancellationToken ct)
    {
        stream = new(store, TenantKeys.National, StreamKey, ReferenceNetworkState.Initial, ReferenceNetworkDecider.Evolve);
        commands = new(stream,
            (command, state, actor) => ReferenceNetworkDecider.Decide(command, state, new CommandContext(actor, clock.GetUtcNow())),
            _ => Task.CompletedTask,
            logger);
        return stream.Load(ct);
    }

    public async Task<IReadOnlyList<EditionHeading>> Editions()
    {
        await DemandReader();
        return [.. stream.State.Editions.Select(e => new EditionHeading(e.Id, e.PublishedAt))];
    }

    public async Task<NetworkEdition?> Edition(int? id)
    {
        await DemandReader();
        var editions = stream.State.Editions;
        return id is null ? editions.LastOrDefault() : editions.Find(e => e.Id == id);
    }

    public async Task<int> Publish()
    {
        var caller = Caller.Current ?? throw RuleViolation.Forbidden("Du skal være logget ind.");
        // Checked before gathering too: a refused caller must not make the grain read every member's figures.
        if (!ReferenceNetworkDecider.MayPublish(caller))
            throw RuleViolation.Forbidden("Kun den nationale koordinator kan udgive en udgave af referencenetværkets sammenligning.");
        var now = clock.GetUtcNow();
        var members = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, MetricFigure>>();
        foreach (var code in await MemberCodes())
            members[code] = await NetworkFigureSource.Read(store, GrainFactory, code, now, CancellationToken.None);
        await commands.Submit(new PublishReferenceNetworkEdition(members.ToImmutable()), caller);
        return stream.State.Editions.LastOrDefault()?.Id ?? 0;
    }

    private async Task<IReadOnlyList<string>> MemberCodes()
    {
        await using var session = AcrossMunicipalities.Session(store);
        var members = await AcrossMunicipalities.Query<ReferenceNetworkMembership>(session).Where(m => m.Member).ToListAsync();
        return [.. members.Select(m => m.Code).Where(MunicipalityCatalog.Exists).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The coordinator, or someone of a member municipality (asked as them, so only its own people learn it).</summary>
    private async Task DemandReader()
    {
        var caller = Caller.Current ?? throw RuleViolation.Forbidden("Du skal være logget ind.");
        if (caller.IsNationalCoordinator) return;
        if (caller.IsScoped || caller.Municipality is not { } code || !MunicipalityCatalog.Exists(code)
            || !(await GrainFactory.GetGrain<IMunicipalityGrain>(code).View()).State.Programme.ReferenceNetworkMember)
            throw RuleViolation.Forbidden("Kun kommuner i referencenetværket og den nationale koordinator kan se sammenligningen.");
    }
}
