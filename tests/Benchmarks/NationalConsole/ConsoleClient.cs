using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Recovery.Benchmarks.NationalConsole;

/// <summary>
/// The national coordinator's one keep-alive connection: the console query and the no-op query go
/// over the same client, so they pay for HTTP and authentication alike. Answers are checked after the clock stops.
/// </summary>
public sealed class ConsoleClient(HttpClient http) : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly byte[] Console = JsonSerializer.SerializeToUtf8Bytes(new { query = ConsoleQuery.Text });
    private static readonly byte[] NoOp = JsonSerializer.SerializeToUtf8Bytes(new { query = ConsoleQuery.NoOp });
    private static readonly byte[] CountsOnly = JsonSerializer.SerializeToUtf8Bytes(new { query = ConsoleQuery.CountsOnly });

    public Task<(TimeSpan Elapsed, JsonElement Data)> Query() => Post(Console);

    public async Task<TimeSpan> Bare() => (await Post(NoOp)).Elapsed;

    public async Task<TimeSpan> Counts() => (await Post(CountsOnly)).Elapsed;

    private async Task<(TimeSpan Elapsed, JsonElement Data)> Post(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        var start = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync("/graphql", content);
        var answer = await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(start);
        using var document = JsonDocument.Parse(answer);
        if (document.RootElement.TryGetProperty("errors", out var errors))
            throw new InvalidOperationException($"The query answered {(int)response.StatusCode} with errors: {errors}");
        response.EnsureSuccessStatusCode();
        return (elapsed, document.RootElement.GetProperty("data").Clone());
    }

    public void Dispose() => http.Dispose();
}
