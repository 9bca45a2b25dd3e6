using Marten;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;

namespace Recovery.Grains.Assessments;

[Reentrant]
internal sealed class QuestionnaireCatalogGrain(IDocumentStore store, TimeProvider clock, ILogger<QuestionnaireCatalogGrain> logger)
    : Grain, IQuestionnaireCatalogGrain
{
    public const string StreamKey = "questionnaires:temperature";

    private EventStream<QuestionnaireCatalog, QuestionnaireCatalogEvent> stream = null!;
    private CommandQueue<QuestionnaireCatalog, QuestionnaireCatalogEvent, PublishQuestionnaire> commands = null!;

    public override Task OnActivateAsync(CancellationToken ct)
    {
        stream = new(store, TenantKeys.National, StreamKey, QuestionnaireCatalog.Initial, QuestionnaireCatalogDecider.Evolve);
        commands = new(stream,
            (command, catalog, actor) => QuestionnaireCatalogDecider.Decide(command, catalog, new CommandContext(actor, clock.GetUtcNow())),
            _ => Task.CompletedTask,
            logger);
        return stream.Load(ct);
    }

    public Task<QuestionnaireCatalog> Catalog() => Task.FromResult(stream.State);

    public Task<long> Publish(PublishQuestionnaire command) =>
        commands.Submit(command, Caller.Current ?? throw RuleViolation.Forbidden("Du skal være logget ind."));
}
