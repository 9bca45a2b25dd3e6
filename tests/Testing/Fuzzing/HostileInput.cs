using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Recovery.Testing.Workshops;

namespace Recovery.Testing.Fuzzing;

/// <param name="Workers">Cases in flight at once in each battery.</param>
public sealed record FuzzPlan(int Seed, int GraphQLCases, int HubCases, int Workers = 8);

/// <summary>
/// The hostile-input battery against a running server: opens a workshop, lets a staff member and a guest
/// arrive, fingerprints everything stored, sends the GraphQL cases and then the hub cases from several
/// workers at once, and checks that no case got a server error, that the server still answers, and
/// that nothing stored changed.
/// </summary>
public static class HostileInput
{
    /// <summary>
    /// The hubs' rate limits are lifted for the run: at fuzzing speed they would refuse most cases before
    /// their content is looked at. They have tests of their own.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ServerSettings = new Dictionary<string, string>
    {
        ["Recovery:Hubs:CallsPerUserPerSecond"] = "1000000",
        ["Recovery:Hubs:CallsPerUserBurst"] = "1000000",
        ["Recovery:Workshops:ProposalsPerSecond"] = "1000000",
    };

    private static readonly string[] Endings = ["lukket", "forbindelsen", "afbrudt", "WebSocket"];

    private static readonly TimeSpan CasePatience = TimeSpan.FromSeconds(30);

    public static async Task<FuzzReport> RunAsync(RecoveryServer server, FuzzPlan plan, ErrorLog errors, Action<string> log, CancellationToken ct)
    {
        var tokens = new FuzzTokens(await server.TokenFor("herning-tovholder"), "", await server.TokenFor("roskilde-leder"));
        var room = await Rooms.OpenAsync(server, tokens.Staff, "657", ct, itemText: "Fælles tekst");
        var guest = await Rooms.AdmitAsync(server, room.Code, "Fjendtlig gæst", ct);
        tokens = tokens with { Guest = guest.Token };
        var target = new FuzzTarget(room.Workshop, room.Items);
        // Arrivals are recorded once per person: they happen here, before the fingerprint, never during the run.
        foreach (var token in new[] { tokens.Staff, tokens.Guest })
            if (await JoinAsync(server, token, target, ct) is { } refused) throw new InvalidOperationException($"Setup join failed: {refused}");
        var before = await SettledAsync(server.ConnectionString, ct);
        var errorsBefore = errors.Count;
        log($"Frø {plan.Seed}: {before.Events} hændelser før kørslen; workshop {target.Workshop}.");

        var serverErrors = new ConcurrentQueue<string>();
        var graphql = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = plan.Workers * 2 }) { BaseAddress = server.Address, Timeout = CasePatience };
        var graphqlTime = await RunBatteryAsync(plan.GraphQLCases, plan.Workers, async (_, index) =>
        {
            var fuzz = GraphQLFuzz.Case(plan.Seed, index);
            var label = await SendAsync(http, fuzz, tokens, ct);
            graphql.AddOrUpdate(label, 1, (_, n) => n + 1);
            if (label.StartsWith(RawHub.ServerError, StringComparison.Ordinal)) serverErrors.Enqueue($"GraphQL-tilfælde {index} ({fuzz.Kind}): {label}");
        }, done => log($"GraphQL: {done} af {plan.GraphQLCases}"), ct);

        var hub = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        // Each worker keeps one connection per hub and caller, and opens a new one when a case closed it.
        var pools = Enumerable.Range(0, plan.Workers).Select(_ => new Dictionary<(FuzzHub, FuzzCaller), RawHub>()).ToArray();
        var hubTime = await RunBatteryAsync(plan.HubCases, plan.Workers, async (worker, index) =>
        {
            var fuzz = HubFuzz.Case(plan.Seed, index, target);
            var label = await ExchangeAsync(server, fuzz, tokens, pools[worker], ct);
            // How a connection ended says most next to what was sent on it.
            if (Endings.Any(e => label.StartsWith(e, StringComparison.Ordinal))) label = $"{label} ({fuzz.Kind})";
            hub.AddOrUpdate(label, 1, (_, n) => n + 1);
            if (label.StartsWith(RawHub.ServerError, StringComparison.Ordinal)) serverErrors.Enqueue($"hub-tilfælde {index} ({fuzz.Kind}): {label}");
        }, done => log($"SignalR: {done} af {plan.HubCases}"), ct);
        foreach (var pool in pools)
            foreach (var open in pool.Values) await open.DisposeAsync();

        var after = await SettledAsync(server.ConnectionString, ct);
        return new FuzzReport(plan, graphql, hub, graphqlTime, hubTime, [.. serverErrors], errors.Count - errorsBefore, errors.First,
            after.ChangesSince(before), await AfterProblemsAsync(server, tokens, target, ct), after.Events);
    }

    /// <summary>Runs the cases 0..count-1 on <paramref name="workers"/> workers, each taking the next number as it gets free.</summary>
    private static async Task<TimeSpan> RunBatteryAsync(int count, int workers, Func<int, int, Task> run, Action<int> progress, CancellationToken ct)
    {
        var next = -1;
        var done = 0;
        var clock = Stopwatch.StartNew();
        var step = Math.Max(1_000, count / 10);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var index = Interlocked.Increment(ref next); index < count; index = Interlocked.Increment(ref next))
            {
                await run(worker, index);
                if (Interlocked.Increment(ref done) % step == 0) progress(done);
            }
        }, ct)));
        return clock.Elapsed;
    }

    private static async Task<string> SendAsync(HttpClient http, HttpCase fuzz, FuzzTokens tokens, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path);
        if (fuzz.Method == "POST")
        {
            request.Content = new ByteArrayContent(fuzz.Body);
            if (!string.IsNullOrEmpty(fuzz.ContentType)) request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }
        if (tokens.For(fuzz.Caller) is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return Label(response, body);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded or HttpRequestError.Unknown)
        {
            // A body refused unread: the server answers and closes while the rest is still being sent.
            return "forbindelsen lukket under afsendelse";
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return RawHub.ServerError + " (intet svar inden for 30 s)";
        }
    }

    private static string Label(HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{RawHub.ServerError} ({status})";
        var code = "";
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            code = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
                ? list[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "fejl uden kode"
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var problem) ? problem.GetString() ?? ""
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out _) ? "data"
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("title", out _) ? "problem uden kode"
                : "json";
        }
        catch (JsonException)
        {
            code = body.Length == 0 ? "tomt svar" : "ikke JSON";
        }
        return code == "INTERNAL" ? $"{RawHub.ServerError} ({status} INTERNAL)" : $"{status} {code}";
    }

    private static async Task<string> ExchangeAsync(
        RecoveryServer server, HubCase fuzz, FuzzTokens tokens, Dictionary<(FuzzHub, FuzzCaller), RawHub> pool, CancellationToken ct)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(CasePatience);
        try
        {
            if (fuzz.Handshake is { } handshake)
            {
                var (fresh, refused) = await RawHub.ConnectAsync(server.Address, fuzz.Path, tokens.For(fuzz.Caller), handshake, patience.Token);
                if (fresh is null) return refused!;
                await using (fresh) return "håndtryk godtaget";
            }
            if (!pool.TryGetValue((fuzz.Hub, fuzz.Caller), out var hub) || !hub.Open)
            {
                if (hub is not null) await hub.DisposeAsync();
                pool.Remove((fuzz.Hub, fuzz.Caller));
                var (opened, refused) = await RawHub.ConnectAsync(server.Address, fuzz.Path, tokens.For(fuzz.Caller), RawHub.ProperHandshake, patience.Token);
                if (opened is null) return refused!;
                pool[(fuzz.Hub, fuzz.Caller)] = hub = opened;
            }
            return await hub.ExchangeAsync(fuzz, patience.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            pool.Remove((fuzz.Hub, fuzz.Caller), out var stuck);
            if (stuck is not null) await stuck.DisposeAsync();
            return RawHub.ServerError + " (intet svar inden for 30 s)";
        }
    }

    private static async Task<string?> JoinAsync(RecoveryServer server, string token, FuzzTarget target, CancellationToken ct)
    {
        var (hub, refused) = await RawHub.ConnectAsync(server.Address, "/hubs/workshop", token, RawHub.ProperHandshake, ct);
        if (hub is null) return refused;
        await using (hub)
        {
            var outcome = await hub.ExchangeAsync(new HubCase("join", FuzzHub.Workshop, FuzzCaller.Staff,
                HubFuzz.Invocation("join", "Join", $"[{Junk.Quote(target.Workshop)},null,false]")), ct);
            return outcome == "svar uden fejl" ? null : outcome;
        }
    }

    /// <summary>Reads the fingerprint until two readings a second apart agree: the journal and snapshots of the setup may still be landing.</summary>
    private static async Task<StoredState> SettledAsync(string connectionString, CancellationToken ct)
    {
        var last = await StoredState.ReadAsync(connectionString, ct);
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await Task.Delay(1000, ct);
            var now = await StoredState.ReadAsync(connectionString, ct);
            if (now.ChangesSince(last).Count == 0) return now;
            last = now;
        }
        return last;
    }

    private static async Task<IReadOnlyList<string>> AfterProblemsAsync(RecoveryServer server, FuzzTokens tokens, FuzzTarget target, CancellationToken ct)
    {
        var problems = new List<string>();
        using var http = server.Http(tokens.Staff);
        var health = await http.GetAsync("/health", ct);
        if (health.StatusCode != HttpStatusCode.OK) problems.Add($"/health svarede {(int)health.StatusCode}");
        var page = await http.PostAsync("/graphql", new StringContent(
            JsonSerializer.Serialize(new { query = GraphQLSeeds.All[3].Document, variables = new { code = "657" } }), Encoding.UTF8, "application/json"), ct);
        var body = await page.Content.ReadAsStringAsync(ct);
        if (page.StatusCode != HttpStatusCode.OK || body.Contains("\"errors\"", StringComparison.Ordinal) || !body.Contains("\"members\"", StringComparison.Ordinal))
            problems.Add($"styregruppens side: {(int)page.StatusCode} {body[..Math.Min(200, body.Length)]}");
        if (await JoinAsync(server, tokens.Staff, target, ct) is { } refused) problems.Add($"workshoppen: {refused}");
        return problems;
    }
}
