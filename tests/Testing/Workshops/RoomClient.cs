using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

/// <summary>
/// A participant over the real workshop hub, following docs/workshops.md as another client would:
/// steps applied strictly in revision order (<see cref="StepOrder"/>), one outstanding edit per
/// text and later typing composed into a buffer (<see cref="TextReplica"/>), own steps recognised
/// by op id, and resends with the same id after a reconnect. Used by the integration tests.
/// </summary>
public sealed class RoomClient(Uri server, string token, string workshop) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly StepOrder order = new();
    private readonly Dictionary<(string Item, string Field), TextReplica> texts = [];
    private HubConnection? connection;
    private long saved, lastOwn;
    private bool storing = true;

    private sealed record Outgoing(string Item, string Field, Pending Edit, long Base);

    public string Workshop { get; } = workshop;
    public string? Participant { get; private set; }
    public List<string> Refusals { get; } = [];

    public long Revision { get { lock (gate) return order.Revision; } }
    public long Saved { get { lock (gate) return saved; } }
    public bool HasUnsavedEdits { get { lock (gate) return Pending || saved < lastOwn; } }
    public bool Connected => connection?.State == HubConnectionState.Connected;

    /// <summary>False after the server said PostgreSQL stopped taking the room's steps, until it says it takes them again.</summary>
    public bool Storing { get { lock (gate) return storing; } }

    private bool Pending => texts.Values.Any(t => !t.Idle);

    public string Text(string item, string field)
    {
        lock (gate) return texts.TryGetValue((item, field), out var replica) ? replica.Text : "";
    }

    public async Task ConnectAsync(CancellationToken ct)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        // Only stored steps are sent, in the order they were stored: a step says everything up to it is saved.
        hub.On<StepMessage>("step", step => Send(Locked(() =>
        {
            saved = Math.Max(saved, step.Revision);
            order.Hold(step);
            return ApplyReady();
        })));
        hub.On<StorageMessage>("storage", s => Locked(() => storing = s.Available));
        await hub.StartAsync(ct);
        connection = hub;
        var (since, pending) = Locked(() => (texts.Count == 0 && order.Revision == 0 ? (long?)null : order.Revision, Pending));
        var joined = await hub.InvokeAsync<JsonElement>("Join", Workshop, since, pending, ct);
        Participant = joined.GetProperty("me").GetProperty("id").GetString();
        Send(Locked(() => Catch(joined.Deserialize<Caught>(JsonSerializerOptions.Web)!)));
        // Whatever is still outstanding was not sequenced: send it again, same id, on the current revision.
        Send(Locked(() => texts.Where(t => t.Value.Outstanding is not null)
            .Select(t => new Outgoing(t.Key.Item, t.Key.Field, t.Value.Outstanding!, order.Revision)).ToArray()));
    }

    /// <summary>Drops the connection as a lost network would; typing goes on into the buffer.</summary>
    public async Task DisconnectAsync()
    {
        var hub = connection;
        connection = null;
        if (hub is not null) await hub.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(DisconnectAsync());

    /// <summary>Types an edit made on the text as this client shows it now.</summary>
    public void Type(string item, string field, Func<string, TextOperation> edit) =>
        Send(Locked(() =>
        {
            var replica = Replica(item, field);
            return replica.Type(edit(replica.Text), typedAt: 0) is { } send ? [new Outgoing(item, field, send, order.Revision)] : Array.Empty<Outgoing>();
        }));

    /// <summary>Waits until this client has applied <paramref name="revision"/> and all its own edits are stored.</summary>
    public async Task SettleAsync(long revision, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (Revision < revision || HasUnsavedEdits)
        {
            if (limit.IsCancellationRequested)
                throw new TimeoutException($"{Participant} at revision {Revision} of {revision}, unsaved: {HasUnsavedEdits}, saved {Saved}/{lastOwn}");
            if (Locked(() => order.Stuck)) await CatchUpAsync(ct);
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (connection is not { } hub) return;
        var (since, pending) = Locked(() => { order.Asked(); return (order.Revision, Pending); });
        var caught = await hub.InvokeAsync<Caught>("CatchUp", Workshop, since, pending, ct);
        Send(Locked(() => Catch(caught)));
    }

    private Outgoing[] Catch(Caught caught)
    {
        saved = Math.Max(saved, caught.Saved);
        if (caught.Snapshot is { } snapshot)
        {
            foreach (var item in snapshot.Items)
            {
                Replica(item.Id, ItemFields.Title).Reset(item.Title);
                Replica(item.Id, ItemFields.Description).Reset(item.Description);
            }
            order.Reset(snapshot.Revision);
        }
        foreach (var step in caught.Steps ?? []) order.Hold(step);
        return ApplyReady();
    }

    private Outgoing[] ApplyReady() => [.. order.Ready().Select(Apply).OfType<Outgoing>()];

    /// <returns>The buffer to send now, when the step confirmed this client's outstanding edit.</returns>
    private Outgoing? Apply(StepMessage step)
    {
        if (step.Event is not { Kind: "text", Item: { } item, Field: { } field, Op: { } op }) return null;
        var replica = Replica(item, field);
        if (replica.Outstanding?.Id != step.OpId || step.OpId is null)
        {
            replica.Receive(op);
            return null;
        }
        lastOwn = step.Revision;
        return replica.Confirm() is { } next ? new Outgoing(item, field, next, step.Revision) : null;
    }

    private void Send(IEnumerable<Outgoing> edits)
    {
        foreach (var edit in edits) _ = SubmitAsync(edit);
    }

    private async Task SubmitAsync(Outgoing edit)
    {
        if (connection is not { } hub) return;
        try
        {
            await hub.InvokeAsync<Submitted>("Submit", Workshop, new TextProposal(edit.Edit.Id, edit.Base, new TextCommand(edit.Item, edit.Field, edit.Edit.Op)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A lost connection is not a refusal: the edit stays outstanding and is resent on reconnect.
            if (Connected) Locked(() => Refusals.Add(e.Message));
        }
    }

    private TextReplica Replica(string item, string field)
    {
        if (!texts.TryGetValue((item, field), out var replica)) texts[(item, field)] = replica = new TextReplica();
        return replica;
    }

    private T Locked<T>(Func<T> read)
    {
        lock (gate) return read();
    }

    private void Locked(Action change)
    {
        lock (gate) change();
    }
}
