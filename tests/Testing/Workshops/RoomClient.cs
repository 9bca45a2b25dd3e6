using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

/// <summary>
/// A participant over the real workshop hub, following docs/workshops.md as another client would:
/// steps applied strictly in revision order (<see cref="StepOrder"/>), one outstanding edit per
/// text and later typing composed into a buffer (<see cref="TextReplica"/>), own steps recognised
/// by op id, and resends with the same id after a reconnect.
/// With several servers and <c>failover</c> it is its own front: a lost connection is taken up
/// again on the next server in the list, and a "try again" is tried again; without it, every refusal goes
/// to <see cref="Refusals"/> (or is thrown) for the caller to handle. Used by the integration tests and the fault scenarios,
/// which read what it was told (<see cref="Acks"/>, <see cref="SavedClaims"/>).
/// </summary>
public sealed class RoomClient : IAsyncDisposable
{
    private static readonly TimeSpan ResendAfter = TimeSpan.FromSeconds(3);

    /// <summary>How long a catch-up may take before it counts as unanswered: a call to a silo that just died can hang far longer.</summary>
    private static readonly TimeSpan CatchUpPatience = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyList<Uri> servers;
    private readonly string token;
    private readonly bool failover;
    private readonly Lock gate = new();
    private readonly StepOrder order = new();
    private readonly Dictionary<(string Item, string Field), TextReplica> texts = [];
    private readonly Dictionary<string, long> sentAt = [];
    private readonly List<Ack> acks = [];
    private readonly List<SavedClaim> claims = [];
    private readonly CancellationTokenSource closing = new();
    private HubConnection? connection;
    private int server, epoch, reconnecting;
    private long saved, lastOwn;
    private bool storing = true;

    private sealed record Outgoing(string Item, string Field, Pending Edit, long Base);

    public RoomClient(Uri server, string token, string workshop) : this([server], token, workshop, failover: false)
    {
    }

    /// <param name="failover">Take a lost connection up again on the next server of <paramref name="servers"/>, with a short backoff.</param>
    public RoomClient(IReadOnlyList<Uri> servers, string token, string workshop, bool failover, int first = 0)
    {
        (this.servers, this.token, Workshop, this.failover) = (servers, token, workshop, failover);
        server = first % servers.Count;
    }

    public string Workshop { get; }
    public string? Participant { get; private set; }

    /// <summary>Refusals of edits; with failover only those that are final (not "unavailable, try again").</summary>
    public List<string> Refusals { get; } = [];

    /// <summary>How many times the connection was taken up again after it was lost.</summary>
    public int Reconnects { get; private set; }

    public long Revision { get { lock (gate) return order.Revision; } }
    public long Saved { get { lock (gate) return saved; } }
    public bool HasUnsavedEdits { get { lock (gate) return Pending || saved < lastOwn; } }
    public bool Connected => connection?.State == HubConnectionState.Connected;

    /// <summary>False after the server said PostgreSQL stopped taking the room's steps, until it says it takes them again.</summary>
    public bool Storing { get { lock (gate) return storing; } }

    /// <summary>How many times the server said PostgreSQL stopped taking the room's steps.</summary>
    public int StorageOutages { get; private set; }

    /// <summary>True when nothing typed is outstanding or buffered: every edit came back as a step.</summary>
    public bool Idle { get { lock (gate) return !Pending; } }

    /// <summary>The server this client is (or was last) connected to.</summary>
    public Uri Server => servers[server];

    public IReadOnlyList<Ack> Acks { get { lock (gate) return [.. acks]; } }
    public IReadOnlyList<SavedClaim> SavedClaims { get { lock (gate) return [.. claims]; } }

    private bool Pending => texts.Values.Any(t => !t.Idle);

    public string Text(string item, string field)
    {
        lock (gate) return texts.TryGetValue((item, field), out var replica) ? replica.Text : "";
    }

    public async Task ConnectAsync(CancellationToken ct)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(Server, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        // Only stored steps are sent, in the order they were stored: a step says everything up to it is saved.
        hub.On<StepMessage>("step", step => Send(Locked(() =>
        {
            order.Hold(step);
            var ready = ApplyReady();
            Claim(step.Revision);
            return ready;
        })));
        hub.On<StorageMessage>("storage", s => Locked(() =>
        {
            if (storing && !s.Available) StorageOutages++;
            storing = s.Available;
        }));
        hub.Closed += error =>
        {
            if (failover && connection == hub) _ = FailOverAsync(hub);
            return Task.CompletedTask;
        };
        try
        {
            await hub.StartAsync(ct);
            var (since, pending) = Locked(() => (texts.Count == 0 && order.Revision == 0 ? (long?)null : order.Revision, Pending));
            var joined = await hub.InvokeAsync<JsonElement>("Join", Workshop, since, pending, ct);
            Participant = joined.GetProperty("me").GetProperty("id").GetString();
            connection = hub;
            Send(Locked(() => Catch(joined.Deserialize<Caught>(JsonSerializerOptions.Web)!)));
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
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

    public async ValueTask DisposeAsync()
    {
        // Not disposed: a failover in flight may still look at its token.
        await closing.CancelAsync();
        await DisconnectAsync();
    }

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
            await TendAsync(ct);
            await Task.Delay(50, CancellationToken.None);
        }
    }

    /// <summary>
    /// What a client does on a timer: asks for steps missing behind a gap, and sends an edit again
    /// (same id) that has had no answer for a while, since its step may have been lost with a server.
    /// </summary>
    public async Task TendAsync(CancellationToken ct)
    {
        if (failover && connection is { State: HubConnectionState.Disconnected } dropped) _ = FailOverAsync(dropped);
        var overdue = Locked(() => texts.Where(t => t.Value.Outstanding is { } o && sentAt.TryGetValue(o.Id, out var at) && Stopwatch.GetElapsedTime(at) > ResendAfter)
            .Select(t => new Outgoing(t.Key.Item, t.Key.Field, t.Value.Outstanding!, 0)).ToArray());
        if (Locked(() => order.Stuck) || overdue.Length > 0) await CatchUpAsync(ct);
        Send(Locked(() => overdue.Where(o => Replica(o.Item, o.Field).Outstanding?.Id == o.Edit.Id)
            .Select(o => o with { Edit = Replica(o.Item, o.Field).Outstanding!, Base = order.Revision }).ToArray()));
    }

    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (connection is not { State: HubConnectionState.Connected } hub) return;
        var (since, pending) = Locked(() => { order.Asked(); return (order.Revision, Pending); });
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (failover) patience.CancelAfter(CatchUpPatience);
        try
        {
            var caught = await hub.InvokeAsync<Caught>("CatchUp", Workshop, since, pending, patience.Token);
            Send(Locked(() => Catch(caught)));
        }
        catch (Exception e) when (failover && Retryable(e, ct))
        {
            Locked(() => epoch++);
        }
    }

    /// <summary><see cref="Retryable(string)"/>, and an invocation cancelled because its connection closed (not by <paramref name="ct"/>).</summary>
    public static bool Retryable(Exception e, CancellationToken ct) =>
        e is OperationCanceledException ? !ct.IsCancellationRequested : Retryable(e.Message);

    /// <summary>
    /// "Try again" rather than "no": the server or its database is away for a moment (<c>UNAVAILABLE</c>),
    /// the workshop restarted under the edit (<c>CONFLICT</c> saying so), the base is older than the server
    /// remembers (<c>STALE</c>), the client sent too fast, or the connection went (no code at all).
    /// </summary>
    public static bool Retryable(string message)
    {
        var marker = message.LastIndexOf("HubException: ", StringComparison.Ordinal);
        if (marker < 0) return true;
        var rest = message[(marker + "HubException: ".Length)..];
        var code = rest.Split(':', 2)[0];
        return code is "UNAVAILABLE" or "STALE" or "RATE_LIMITED"
            || (code == "CONFLICT" && rest.Contains("genstartet", StringComparison.Ordinal))
            || !code.All(c => char.IsAsciiLetterUpper(c) || c == '_');
    }

    private async Task FailOverAsync(HubConnection lost)
    {
        if (Interlocked.Exchange(ref reconnecting, 1) == 1) return;
        try
        {
            if (connection != lost) return;
            connection = null;
            Locked(() => epoch++);
            for (var attempt = 0; ; attempt++)
            {
                var backoff = TimeSpan.FromMilliseconds(Math.Min(1000, 100 << Math.Min(attempt, 4)) * (0.5 + Random.Shared.NextDouble()));
                await Task.Delay(backoff, closing.Token);
                // Disposed only now: not from inside its own Closed handler.
                if (attempt == 0) await lost.DisposeAsync();
                server = (server + 1) % servers.Count;
                try
                {
                    await ConnectAsync(closing.Token);
                    Reconnects++;
                    return;
                }
                catch (Exception e) when (Retryable(e, closing.Token))
                {
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Locked(() => Refusals.Add(e.Message));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested)
        {
        }
        finally
        {
            Volatile.Write(ref reconnecting, 0);
        }
    }

    private Outgoing[] Catch(Caught caught)
    {
        Claim(caught.Saved);
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

    private void Claim(long revision)
    {
        saved = Math.Max(saved, revision);
        claims.Add(new SavedClaim(revision, Stopwatch.GetTimestamp(), epoch));
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
        sentAt.Remove(step.OpId, out var sent);
        acks.Add(new Ack(step.OpId, step.Revision, Stopwatch.GetTimestamp(), sent, epoch));
        return replica.Confirm() is { } next ? new Outgoing(item, field, next, step.Revision) : null;
    }

    private void Send(IEnumerable<Outgoing> edits)
    {
        foreach (var edit in edits) _ = SubmitAsync(edit);
    }

    private async Task SubmitAsync(Outgoing edit)
    {
        if (connection is not { } hub) return;
        Locked(() => sentAt[edit.Edit.Id] = Stopwatch.GetTimestamp());
        try
        {
            await hub.InvokeAsync<Submitted>("Submit", Workshop, new TextProposal(edit.Edit.Id, edit.Base, new TextCommand(edit.Item, edit.Field, edit.Edit.Op)));
        }
        catch (Exception e) when (failover && Retryable(e, CancellationToken.None))
        {
            // Not a refusal: the edit stays outstanding and goes again, same id, after a reconnect or on the next tending.
            Locked(() => epoch++);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
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

/// <summary>An own edit that came back as a step: when it was (last) sent and when its step arrived, as stopwatch timestamps.</summary>
/// <param name="Session">Which stretch of unbroken contact it came in; see <see cref="SavedClaim"/>.</param>
public sealed record Ack(string OpId, long Revision, long At, long SentAt, int Session);

/// <summary>
/// The server said everything up to <see cref="Revision"/> is stored: a step arrived (only stored steps are
/// sent), or <c>Joined</c>/<c>Catch</c> said <c>saved</c>. <see cref="Session"/> counts the
/// client's stretches of unbroken contact (a new one after a reconnect or a "try again"), so a claim is
/// matched only with edits acknowledged by the same run of the workshop.
/// </summary>
public sealed record SavedClaim(long Revision, long At, int Session);
