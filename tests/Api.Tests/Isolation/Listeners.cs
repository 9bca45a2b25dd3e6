using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// Everything the people who may listen hear while the battery runs: live notices of a municipality's
/// streams and of the national feed, and every message of a workshop room.
/// </summary>
public sealed class Listener : IAsyncDisposable
{
    private static readonly string[] RoomMessages = ["step", "presence", "ended", "storage"];
    private readonly List<(string Kind, JsonElement Message)> heard = [];

    private Listener(HubConnection connection, string name)
    {
        (Connection, Name) = (connection, name);
        connection.On<JsonElement>("changed", m => Hear("changed", m));
        foreach (var kind in RoomMessages) connection.On<JsonElement>(kind, m => Hear(kind, m));
    }

    public HubConnection Connection { get; }
    public string Name { get; }

    public IReadOnlyList<(string Kind, JsonElement Message)> Heard
    {
        get { lock (heard) return [.. heard]; }
    }

    public static async Task<Listener> ConnectAsync(MatrixServer api, string path, string persona, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.Address, path), o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Tokens[persona]))
            .Build();
        await connection.StartAsync(ct);
        return new Listener(connection, $"{persona} on {path}");
    }

    /// <summary>Forgets what was heard: what follows is what the battery caused.</summary>
    public void Mark()
    {
        lock (heard) heard.Clear();
    }

    /// <summary>Waits (boundedly) until something matching is heard; a listener that hears nothing proves nothing.</summary>
    public async Task HearsAsync(Func<string, JsonElement, bool> matches, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Heard.Any(h => matches(h.Kind, h.Message)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{Name} never heard {what}; it heard: {string.Join(", ", Heard.Select(h => $"{h.Kind} {h.Message}"))}");
            await Task.Delay(50, ct);
        }
    }

    private void Hear(string kind, JsonElement message)
    {
        lock (heard) heard.Add((kind, message.Clone()));
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}

/// <summary>
/// Listeners in both municipalities, on every stream the targets have, on the national feed and in
/// both rooms; and the legitimate changes that prove they hear, before the battery and after it.
/// </summary>
public sealed class Listeners : IAsyncDisposable
{
    private readonly MatrixServer api;
    private readonly Dictionary<string, (Listener Live, Listener Room, HubConnection Editor)> byCode = [];
    private readonly HashSet<(string Stream, long Version)> expectedNotices = [];
    private readonly HashSet<string> expectedSteps = [];
    private readonly Dictionary<string, int> expectedNational = [];
    private Listener national = null!;
    private int round;

    private Listeners(MatrixServer api) => this.api = api;

    private IEnumerable<Target> Targets => [api.Herning, api.Roskilde];

    public static async Task<Listeners> StartAsync(MatrixServer api, CancellationToken ct)
    {
        var listeners = new Listeners(api);
        listeners.national = await Listener.ConnectAsync(api, "/hubs/live", "national", ct);
        await listeners.national.Connection.InvokeAsync<long>("Follow", "national", ct);
        foreach (var t in listeners.Targets)
        {
            var live = await Listener.ConnectAsync(api, "/hubs/live", t.Governor, ct);
            foreach (var stream in t.Streams) await live.Connection.InvokeAsync<long>("Follow", stream, ct);
            var room = await Listener.ConnectAsync(api, "/hubs/workshop", t.Governor, ct);
            await room.Connection.InvokeAsync<JsonElement>("Join", t.Room.Workshop, null, false, ct);
            var editor = (await Listener.ConnectAsync(api, "/hubs/workshop", t.Governor, ct)).Connection;
            await editor.InvokeAsync<JsonElement>("Join", t.Room.Workshop, null, false, ct);
            listeners.byCode[t.Code] = (live, room, editor);
        }
        return listeners;
    }

    /// <summary>One legitimate change on every followed stream and in every room, waiting until each is heard.</summary>
    public async Task ChangeEachStreamAsync(CancellationToken ct)
    {
        round++;
        foreach (var t in Targets)
        {
            var (live, room, editor) = byCode[t.Code];
            var heardBefore = live.Heard.Count(h => h.Kind == "changed");
            var versions = new Dictionary<string, long>
            {
                [$"steering:{t.Code}"] = await ChangeAsync(t, "recordDecision", "RecordDecisionInput", new { municipalityCode = t.Code, title = $"Beslutning {round}" }, ct),
                [$"impl:{t.Code}:{t.Slug}"] = await ChangeAsync(t, "setImplementationGroupMandate", "SetMandateInput",
                    new { municipalityCode = t.Code, slug = t.Slug, mandate = $"Mandat {round}" }, ct),
                [$"temperature:{t.Code}:{t.Round}"] = await ChangeAsync(t, "answerTemperatureRound", "AnswerTemperatureRoundInput",
                    new { municipalityCode = t.Code, roundId = t.Round, answers = new[] { new { statement = "1.1", score = round } } }, ct),
                [$"case-review:{t.Code}:{t.Review}"] = await ChangeAsync(t, "addReviewedCase", "AddReviewedCaseInput",
                    new { municipalityCode = t.Code, reviewId = t.Review, reference = $"Kontrolsag {round}" }, ct),
                [$"staircase:{t.Code}"] = await ChangeAsync(t, "renameStaircaseStep", "RenameStaircaseStepInput",
                    new { municipalityCode = t.Code, stepId = t.Step, name = $"Trin {round}" }, ct),
            };
            // Ticking what is ticked changes nothing, so the item is ticked and then unticked: the second always changes.
            foreach (var ticked in new[] { true, false })
            {
                var response = await api.Client(t.Governor).GraphQLAsync(
                    "mutation($code: String!, $ticked: Boolean!) { tickChecklistItem(municipalityCode: $code, item: STEERING_GROUP, ticked: $ticked) { version } }",
                    new { code = t.Code, ticked }, ct: ct);
                Assert.True(response.Errors.Count == 0, response.ToString());
                versions[$"municipality:{t.Code}"] = response.At("tickChecklistItem", "version").GetInt64();
                expectedNotices.Add(($"municipality:{t.Code}", versions[$"municipality:{t.Code}"]));
            }
            foreach (var (stream, version) in versions)
            {
                expectedNotices.Add((stream, version));
                await live.HearsAsync((kind, m) => kind == "changed" && m.GetProperty("stream").GetString() == stream && m.GetProperty("version").GetInt64() == version,
                    $"{stream} at {version}", ct);
            }
            expectedNational[t.Code] = expectedNational.GetValueOrDefault(t.Code) + live.Heard.Count(h => h.Kind == "changed") - heardBefore;
            await national.HearsAsync((_, _) => National(t.Code) >= expectedNational[t.Code], $"{expectedNational[t.Code]} national notices of {t.Code}", ct);

            var proposal = Catalogue.Proposal(t);
            expectedSteps.Add(proposal.Id);
            await editor.InvokeAsync<JsonElement>("Submit", t.Room.Workshop, proposal, ct);
            await room.HearsAsync((kind, m) => kind == "step" && m.GetProperty("opId").GetString() == proposal.Id, $"step {proposal.Id}", ct);
        }
    }

    private int National(string code) => national.Heard.Count(h => h.Message.GetProperty("tenant").GetString() == code);

    private async Task<long> ChangeAsync(Target t, string field, string type, object input, CancellationToken ct)
    {
        var response = await api.Client(t.Governor).GraphQLAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ version }} }}", new { input }, ct: ct);
        Assert.True(response.Errors.Count == 0, $"{field} in {t.Code}: {response}");
        return response.At(field, "version").GetInt64();
    }

    /// <summary>From here on only the changes made by <see cref="ChangeEachStreamAsync"/> may be heard.</summary>
    public void Mark()
    {
        national.Mark();
        foreach (var (live, room, _) in byCode.Values) { live.Mark(); room.Mark(); }
        expectedNotices.Clear();
        expectedSteps.Clear();
        expectedNational.Clear();
    }

    /// <summary>Everything heard since the mark that the legitimate changes do not explain.</summary>
    public IEnumerable<string> Leaks()
    {
        foreach (var (code, (live, room, _)) in byCode)
        {
            foreach (var (kind, message) in live.Heard)
                if (kind != "changed" || !expectedNotices.Contains((message.GetProperty("stream").GetString()!, message.GetProperty("version").GetInt64())))
                    yield return $"{live.Name} heard {kind} {message}";
            foreach (var (kind, message) in room.Heard)
                if (kind != "step" || !expectedSteps.Contains(message.GetProperty("opId").GetString() ?? ""))
                    yield return $"{room.Name} heard {kind} {message}";
            if (National(code) != expectedNational[code])
                yield return $"the national feed heard {National(code)} notices of {code}, the legitimate changes made {expectedNational[code]}";
        }
        foreach (var (_, message) in national.Heard.Where(h => !byCode.ContainsKey(h.Message.GetProperty("tenant").GetString()!)))
            yield return $"the national feed heard {message}";
    }

    public async ValueTask DisposeAsync()
    {
        await national.DisposeAsync();
        foreach (var (live, room, editor) in byCode.Values)
        {
            await live.DisposeAsync();
            await room.DisposeAsync();
            await editor.DisposeAsync();
        }
    }
}
