using Marten;
using Recovery.Grains;
using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Benchmarks.Storm;

/// <summary>The description as PostgreSQL holds it: the workshop's stored steps folded from scratch, as the integration test does.</summary>
public sealed class StoredText(string connectionString) : IAsyncDisposable
{
    private readonly DocumentStore store = DocumentStore.For(o => o.ConfigureRecovery(connectionString));

    public async Task<string> Description(OpenRoom room, CancellationToken ct)
    {
        await using var session = store.QuerySession(room.Municipality);
        var events = await session.Events.FetchStreamAsync(WorkshopKeys.Stream(room.Municipality, room.Id), token: ct);
        var state = events.Aggregate(WorkshopState.Initial,
            (s, e) => WorkshopDecider.Evolve(s, new WorkshopStep(e.Version, e.UserName, null, (WorkshopEvent)e.Data)));
        return state.Item(room.Item)!.Description.Text;
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
