using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// One simulated user: its own keep-alive connection to the Silo and to the bare endpoint, so the
/// product and the floor pay for HTTP the same way. Each step returns only the time on the wire and
/// in the server; checking the answer happens after the clock stops.
/// </summary>
public sealed class BenchClient(Tenant tenant, HttpClient product, HttpClient bare, FloorCommit floor, IGrainFactory grains) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<TimeSpan> Product(byte[] body, CancellationToken ct)
    {
        using var content = Content(body);
        var start = Stopwatch.GetTimestamp();
        using var response = await product.PostAsync("/graphql", content, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(start);
        EnsureData(response, answer);
        return elapsed;
    }

    public async Task<(TimeSpan Http, TimeSpan Commit)> Floor(byte[] body, CancellationToken ct)
    {
        using var content = Content(body);
        var payload = Encoding.UTF8.GetString(body);
        var start = Stopwatch.GetTimestamp();
        using var response = await bare.PostAsync("/bare", content, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        var http = Stopwatch.GetElapsedTime(start);
        start = Stopwatch.GetTimestamp();
        await floor.Commit(payload, ct);
        var commit = Stopwatch.GetElapsedTime(start);
        response.EnsureSuccessStatusCode();
        return (http, commit);
    }

    /// <summary>
    /// For the live suite, whose clock stops on another connection: when the mutation left, and the
    /// stream version it answered with (the version its notice carries).
    /// </summary>
    public async Task<(long Sent, long Version)> Mutate(byte[] body, CancellationToken ct)
    {
        using var content = Content(body);
        var sent = Stopwatch.GetTimestamp();
        using var response = await product.PostAsync("/graphql", content, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        return (sent, EnsureData(response, answer).EnumerateObject().Single().Value.GetProperty("version").GetInt64());
    }

    /// <summary>The live floor's POST: the same bytes, to an endpoint that commits them and fans out <paramref name="marker"/>.</summary>
    public async Task<long> PostBareLive(long marker, byte[] body, CancellationToken ct)
    {
        using var content = Content(body);
        var sent = Stopwatch.GetTimestamp();
        using var response = await bare.PostAsync($"{BareEndpoint.LivePath}/{marker}", content, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
        response.EnsureSuccessStatusCode();
        return sent;
    }

    public async Task<TimeSpan> Query(CancellationToken ct)
    {
        using var content = Content(Encoding.UTF8.GetBytes(PlanItemRequests.NoGrainQuery));
        var start = Stopwatch.GetTimestamp();
        using var response = await product.PostAsync("/graphql", content, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(start);
        EnsureData(response, answer);
        return elapsed;
    }

    /// <summary>
    /// Retitles the item this client added in round 0 (round 0 always runs the product first), passing its
    /// other fields unchanged, so exactly one event is appended, as for the mutation.
    /// </summary>
    public async Task<TimeSpan> Grain(int level, int client, int round)
    {
        var group = grains.GetGrain<ISteeringGroupGrain>(SteeringGroupKeys.Grain(tenant.Municipality));
        var command = new EditPlanItem(PlanItemRequests.ItemId(level, client, 0), $"Grain {client:D2}-{round:D4}",
            PlanItemRequests.Description, OwnerId: null, Due: null, PlanItemStatus.Planned);
        var start = Stopwatch.GetTimestamp();
        await group.EditPlanItem(command);
        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>The caller grain calls carry: the API sets it from the token, in-process calls set it themselves.</summary>
    public void EnterAsTenant() => new Caller(tenant.Persona.PersonId, tenant.Municipality, tenant.Persona.Role).Enter();

    public void Dispose()
    {
        product.Dispose();
        bare.Dispose();
    }

    private static ByteArrayContent Content(byte[] body) => new(body) { Headers = { ContentType = Json } };

    private static JsonElement EnsureData(HttpResponseMessage response, byte[] answer)
    {
        using var json = JsonDocument.Parse(answer);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _) || !json.RootElement.TryGetProperty("data", out var data))
            throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(answer)}");
        return data.Clone();
    }
}
