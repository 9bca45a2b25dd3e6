using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

/// <summary>
/// A participant over the real workshop hub, following docs/workshops.md as another client would:
/// steps applied strictly in revision order, one outstanding edit per text and later typing
/// composed into a buffer, own steps recognised by op id, resends with the same id after a
/// reconnect. Used by the integration tests and the storm benchmark.
/// </summary>
public sealed class RoomClient(Uri server, string token, string workshop) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<long, JsonElement> ahead = [];
    private readonly Dictionary<(string Item, string Field), TextReplica> texts = [];
    private HubConnection? connection;
    private long lastOwnRevision;

    public string Workshop { get; } = workshop;
    public long Revision { get; private set; }
    public long Saved { get; private set; }
    public string? Participant { get; private set; }
    public List<string> Refusals { get; } = [];

    /// <summary>Called for every step applied, in revision order, with the op id (null when not one's own) and the step.</summary>
    public event Action<RoomClient, JsonElement, bool>? StepApplied;

    public bool HasUnsavedEdits
    {
        get
        {
            lock (gate) return texts.Values.Any(t => t.Outstanding is not null || t.Buffer is not null) || Saved < lastOwnRevision;
        }
    }

    public bool Connected => connection?.State == HubConnectionState.Connected;

    public string Text(string item, string field)
    {
        lock (gate) return texts.TryGetValue((item, field), out var replica) ? replica.Text : "";
    }

    public async Task ConnectAsync(CancellationToken ct)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        hub.On<JsonElement>("step", step => OnStep(step.Clone()));
        hub.On<JsonElement>("saved", saved =>
        {
            lock (gate) Saved = Math.Max(Saved, saved.GetProperty("revision").GetInt64());
        });
        await hub.StartAsync(ct);
        connection = hub;
        bool pending;
        long? since;
        lock (gate) (pending, since) = (texts.Values.Any(t => t.Outstanding is not null || t.Buffer is not null), texts.Count == 0 && Revision == 0 ? null : Revision);
        var joined = await hub.InvokeAsync<JsonElement>("Join", Workshop, since, pending, ct);
        Participant = joined.GetProperty("me").GetProperty("id").GetString();
        Catch(joined);
        await ResendOutstanding();
    }

    /// <summary>Drops the connection as a lost network would; typing goes on into the buffer.</summary>
    public async Task DisconnectAsync()
    {
        var hub = connection;
        connection = null;
        if (hub is not null) await hub.DisposeAsync();
    }

    /// <summary>Types an edit made on the text as this client shows it now.</summary>
    public void Type(string item, string field, Func<string, TextOperation> edit)
    {
        (string Id, long Base, TextOperation Op)? send = null;
        lock (gate)
        {
            var replica = Replica(item, field);
            var op = edit(replica.Text);
            replica.Text = op.Apply(replica.Text);
            if (replica.Outstanding is null) send = replica.Send(op, NewId(), Revision);
            else replica.Buffer = replica.Buffer is null ? op : replica.Buffer.Compose(op);
        }
        if (send is { } s) Submit(item, field, s);
    }

    /// <summary>Waits until this client has applied <paramref name="revision"/> and all its own edits are stored.</summary>
    public async Task SettleAsync(long revision, TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        while (Revision < revision || HasUnsavedEdits)
        {
            if (limit.IsCancellationRequested)
                throw new TimeoutException($"{Participant} at revision {Revision} of {revision}, unsaved: {HasUnsavedEdits}, saved {Saved}/{lastOwnRevision}");
            if (ahead.Count > 0 && connection is not null) await CatchUpAsync(ct);
            await Task.Delay(50, CancellationToken.None);
        }
    }

    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (connection is not { } hub) return;
        bool pending;
        long since;
        lock (gate) (pending, since) = (texts.Values.Any(t => t.Outstanding is not null || t.Buffer is not null), Revision);
        Catch(await hub.InvokeAsync<JsonElement>("CatchUp", Workshop, since, pending, ct));
    }

    private void Catch(JsonElement caught)
    {
        lock (gate)
        {
            Saved = Math.Max(Saved, caught.GetProperty("saved").GetInt64());
            if (caught.GetProperty("snapshot") is { ValueKind: JsonValueKind.Object } snapshot)
            {
                foreach (var item in snapshot.GetProperty("items").EnumerateArray())
                {
                    var id = item.GetProperty("id").GetString()!;
                    Replica(id, ItemFields.Title).Text = item.GetProperty("title").GetString()!;
                    Replica(id, ItemFields.Description).Text = item.GetProperty("description").GetString()!;
                }
                Revision = snapshot.GetProperty("revision").GetInt64();
            }
            else
            {
                foreach (var step in caught.GetProperty("steps").EnumerateArray()) ahead.TryAdd(step.GetProperty("revision").GetInt64(), step.Clone());
            }
            ApplyInOrder();
        }
    }

    private void OnStep(JsonElement step)
    {
        lock (gate)
        {
            var revision = step.GetProperty("revision").GetInt64();
            if (revision > Revision) ahead.TryAdd(revision, step);
            ApplyInOrder();
        }
    }

    private void ApplyInOrder()
    {
        foreach (var stale in ahead.Keys.TakeWhile(r => r <= Revision).ToArray()) ahead.Remove(stale);
        while (ahead.Remove(Revision + 1, out var step))
        {
            Revision++;
            var own = Apply(step);
            StepApplied?.Invoke(this, step, own);
        }
    }

    /// <summary>Applies one step; true when it is this client's own.</summary>
    private bool Apply(JsonElement step)
    {
        var opId = step.GetProperty("opId").GetString();
        var e = step.GetProperty("event");
        if (e.GetProperty("kind").GetString() != "text") return false;
        var (item, field) = (e.GetProperty("item").GetString()!, e.GetProperty("field").GetString()!);
        var replica = Replica(item, field);
        if (opId is not null && replica.Outstanding?.Id == opId)
        {
            lastOwnRevision = Revision;
            replica.Outstanding = null;
            if (replica.Buffer is { } buffer)
            {
                replica.Buffer = null;
                var send = replica.Send(buffer, NewId(), Revision);
                _ = Task.Run(() => Submit(item, field, send));
            }
            return true;
        }
        var op = e.GetProperty("op").Deserialize<TextOperation>()!;
        if (replica.Outstanding is { } outstanding)
        {
            (op, var rebased) = TextOperation.Transform(op, outstanding.Op);
            replica.Outstanding = outstanding with { Op = rebased };
        }
        if (replica.Buffer is { } pendingBuffer) (op, replica.Buffer) = TextOperation.Transform(op, pendingBuffer);
        replica.Text = op.Apply(replica.Text);
        return false;
    }

    private async Task ResendOutstanding()
    {
        List<(string Item, string Field, (string, long, TextOperation) Send)> resend;
        lock (gate)
        {
            resend = [.. texts.Where(t => t.Value.Outstanding is not null)
                .Select(t => (t.Key.Item, t.Key.Field, (t.Value.Outstanding!.Id, Revision, t.Value.Outstanding.Op)))];
        }
        foreach (var (item, field, send) in resend) await SubmitAsync(item, field, send);
    }

    private void Submit(string item, string field, (string Id, long Base, TextOperation Op) send) => _ = SubmitAsync(item, field, send);

    private async Task SubmitAsync(string item, string field, (string Id, long Base, TextOperation Op) send)
    {
        if (connection is not { } hub) return;
        try
        {
            await hub.InvokeAsync<JsonElement>("Submit", Workshop,
                new { id = send.Id, @base = send.Base, command = new { kind = "text", item, field, op = send.Op } });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A lost connection is not a refusal: the edit stays outstanding and is resent on reconnect.
            if (Connected) lock (gate) Refusals.Add(e.Message);
        }
    }

    private TextReplica Replica(string item, string field)
    {
        if (!texts.TryGetValue((item, field), out var replica)) texts[(item, field)] = replica = new TextReplica();
        return replica;
    }

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();

    public async ValueTask DisposeAsync() => await DisconnectAsync();

    private sealed class TextReplica
    {
        public string Text { get; set; } = "";
        public Outstanding? Outstanding { get; set; }
        public TextOperation? Buffer { get; set; }

        public (string Id, long Base, TextOperation Op) Send(TextOperation op, string id, long revision)
        {
            Outstanding = new Outstanding(id, op);
            return (id, revision, op);
        }
    }

    private sealed record Outstanding(string Id, TextOperation Op);
}
