using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Recovery.Testing.Fuzzing;

/// <summary>
/// A bare WebSocket to a hub that speaks the JSON hub protocol by hand, so it can send what no SignalR
/// client would: it reads the server's messages one by one and tells how a case ended.
/// </summary>
public sealed class RawHub : IAsyncDisposable
{
    private readonly ClientWebSocket socket = new();
    private readonly List<byte> partial = [];
    private readonly Queue<string> messages = new();
    private readonly byte[] buffer = new byte[16 * 1024];
    private readonly string probePrefix = $"~probe-{Guid.NewGuid():N}-";
    private int probes;

    /// <summary>The WebSocket's own close code, when the server closed it at that level (e.g. 1007 for text that is not UTF-8).</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }
    private bool closed;

    public bool Open => !closed && socket.State == WebSocketState.Open;

    public static readonly byte[] ProperHandshake = [.. """{"protocol":"json","version":1}"""u8, HubFuzz.Separator];

    /// <returns>The open connection, or why there is none: refused at the door, the handshake refused, or dropped.</returns>
    public static async Task<(RawHub? Hub, string? Outcome)> ConnectAsync(Uri server, string path, string? token, byte[] handshake, CancellationToken ct)
    {
        var hub = new RawHub();
        hub.socket.Options.CollectHttpResponseDetails = true;
        var address = new UriBuilder(server) { Scheme = "ws", Path = path, Query = token is null ? "" : $"access_token={Uri.EscapeDataString(token)}" }.Uri;
        try
        {
            await hub.socket.ConnectAsync(address, ct);
            await hub.socket.SendAsync(handshake, WebSocketMessageType.Text, true, ct);
            var answer = await hub.NextAsync(ct);
            if (answer is null) return (await Closed(hub), "afbrudt under håndtryk");
            using var json = JsonDocument.Parse(answer);
            if (json.RootElement.TryGetProperty("error", out _)) return (await Closed(hub), "håndtryk afvist med fejl");
            return (hub, null);
        }
        catch (WebSocketException) when (hub.socket.HttpStatusCode is var status && status != 0 && status != System.Net.HttpStatusCode.SwitchingProtocols)
        {
            return (await Closed(hub), $"afvist ved døren ({(int)status})");
        }
        catch (Exception e) when (e is WebSocketException or JsonException)
        {
            return (await Closed(hub), "afbrudt under håndtryk");
        }
    }

    private static async Task<RawHub?> Closed(RawHub hub)
    {
        await hub.DisposeAsync();
        return null;
    }

    /// <summary>Sends the case and a probe after it; the probe's answer says the server dealt with the case and the connection lives.</summary>
    /// <returns>How the case ended: the first answer to it, or how the connection ended, or "no answer" when it had no id.</returns>
    public async Task<string> ExchangeAsync(HubCase fuzz, CancellationToken ct)
    {
        var probe = probePrefix + ++probes;
        try
        {
            await socket.SendAsync((byte[])[.. fuzz.Frames, .. HubFuzz.Probe(fuzz.Hub, probe)], fuzz.Binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text, true, ct);
        }
        catch (WebSocketException)
        {
            closed = true;
            return "forbindelsen røg under afsendelse";
        }
        string? first = null;
        var nudged = false;
        while (await NextOrNudgeAsync(fuzz.Hub, () => nudged = true, ct) is { } message)
        {
            using var json = JsonDocument.Parse(message);
            var root = json.RootElement;
            var type = root.TryGetProperty("type", out var t) ? t.GetInt32() : 0;
            if (type == 7)
            {
                closed = true;
                return first ?? "lukket af serveren: " + Label(root.TryGetProperty("error", out var e) ? e.GetString() : null);
            }
            if (type != 3) continue;
            var id = root.GetProperty("invocationId").GetString();
            if (id == probe || (nudged && id == probePrefix + "nudge"))
                return first ?? (nudged ? "ignoreret; næste besked venter på flere data" : "intet svar (ingen id, eller ingen svar ventet)");
            // A late answer to an earlier case's probe.
            if (id?.StartsWith(probePrefix, StringComparison.Ordinal) == true) continue;
            first ??= root.TryGetProperty("error", out var error) ? Label(error.GetString()) : "svar uden fejl";
        }
        return first ?? (CloseStatus is { } status ? $"WebSocket lukket af serveren ({(int)status} {status})" : "forbindelsen lukket uden besked");
    }

    /// <summary>
    /// A stable name for an answer: the code of our own errors (<c>VALIDATION: …</c>), SignalR's own refusals by kind,
    /// and "uventet fejl" for an exception no one translated: that, like an HTTP 5xx, must never happen.
    /// </summary>
    public static string Label(string? error) => error switch
    {
        null => "uden fejltekst",
        _ when error.IndexOf(HubExceptionMarker, StringComparison.Ordinal) is >= 0 and var at => Label(error[(at + HubExceptionMarker.Length)..]),
        _ when error.Contains("streaming", StringComparison.Ordinal) => "SignalR: forkert slags kald (strøm)",
        _ when error.Contains("unexpected error", StringComparison.OrdinalIgnoreCase) => ServerError + " (SignalR)",
        _ when error.Contains("does not exist", StringComparison.Ordinal) => "SignalR: ukendt metode",
        _ when error.StartsWith("Failed to invoke", StringComparison.Ordinal) => "SignalR: argumenterne passer ikke",
        _ when error.Contains("Connection closed with an error", StringComparison.Ordinal) => "forbindelsen lukket med fejl",
        _ when error.Split(':', 2) is [var code, _] && code.Length > 0 && code.All(c => char.IsAsciiLetterUpper(c) || c == '_') =>
            code == "UNAVAILABLE" ? ServerError + " (UNAVAILABLE)" : code,
        _ => "anden fejl: " + error[..Math.Min(60, error.Length)],
    };

    public const string ServerError = "uventet fejl";

    /// <summary>SignalR passes a hub method's own refusal on after its generic sentence: "… on the server. HubException: CODE: text".</summary>
    private const string HubExceptionMarker = "HubException: ";

    /// <summary>
    /// The next message; if none comes for a while, sends one more probe first, in case the server is waiting for more
    /// bytes before it reads what followed the case. A connection that answers neither counts as hanging: a server error.
    /// </summary>
    private async Task<string?> NextOrNudgeAsync(FuzzHub hub, Action nudged, CancellationToken ct)
    {
        var next = NextAsync(ct);
        if (await Task.WhenAny(next, Task.Delay(NudgeAfter, ct)) != next && !closed)
        {
            nudged();
            try
            {
                await socket.SendAsync(HubFuzz.Probe(hub, probePrefix + "nudge"), WebSocketMessageType.Text, true, ct);
            }
            catch (WebSocketException)
            {
                closed = true;
            }
        }
        return await next;
    }

    private static readonly TimeSpan NudgeAfter = TimeSpan.FromSeconds(3);

    /// <summary>The next whole message from the server, or null once the connection is closed.</summary>
    private async Task<string?> NextAsync(CancellationToken ct)
    {
        while (messages.Count == 0)
        {
            if (closed) return null;
            WebSocketReceiveResult received;
            try
            {
                received = await socket.ReceiveAsync(buffer, ct);
            }
            catch (WebSocketException)
            {
                closed = true;
                return null;
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                closed = true;
                CloseStatus = received.CloseStatus;
                return null;
            }
            foreach (var b in buffer.AsSpan(0, received.Count))
            {
                if (b != HubFuzz.Separator)
                {
                    partial.Add(b);
                    continue;
                }
                messages.Enqueue(Encoding.UTF8.GetString([.. partial]));
                partial.Clear();
            }
        }
        return messages.Dequeue();
    }

    public async ValueTask DisposeAsync()
    {
        closed = true;
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, quick.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        socket.Dispose();
    }
}
