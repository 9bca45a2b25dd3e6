using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Benchmarks.Mutation;
using Recovery.Testing;

namespace Recovery.Benchmarks.Live;

/// <summary>
/// One screen: a hub connection whose <c>changed</c> handler stamps the moment it runs, keyed by
/// version. The notice may arrive before the writer has even read its HTTP answer, so whichever
/// comes first, the notice or the wait for it, creates the slot.
/// </summary>
public sealed class Follower(HubConnection connection) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<long, TaskCompletionSource<long>> arrivals = new();

    /// <summary>Signed in as <paramref name="token"/>'s persona, following 657's steering group.</summary>
    public static async Task<Follower> Product(RecoveryServer server, string token, CancellationToken ct)
    {
        var connection = await server.LiveAsync(token, ct);
        var follower = Listen(connection);
        await connection.InvokeAsync<long>("Follow", Notice.Stream657, ct);
        return follower;
    }

    /// <summary>On the bare hub, in its one group. WebSockets only, so it fails loudly rather than fall back to a slower transport.</summary>
    public static async Task<Follower> Bare(BareEndpoint bare, CancellationToken ct)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(bare.Address, BareEndpoint.HubPath), HttpTransportType.WebSockets).Build();
        var follower = Listen(connection);
        await connection.StartAsync(ct);
        await connection.InvokeAsync(nameof(BareHub.Join), ct);
        return follower;
    }

    /// <returns>When this follower's handler ran for <paramref name="version"/>, or null if not within <paramref name="timeout"/>.</returns>
    public async Task<long?> ArrivalOf(long version, TimeSpan timeout)
    {
        try
        {
            return await Slot(version).Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            arrivals.TryRemove(version, out _);
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private static Follower Listen(HubConnection connection)
    {
        var follower = new Follower(connection);
        connection.On<Notice>(Notice.Method, n => follower.Slot(n.Version).TrySetResult(Stopwatch.GetTimestamp()));
        return follower;
    }

    private TaskCompletionSource<long> Slot(long version) =>
        arrivals.GetOrAdd(version, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
}
