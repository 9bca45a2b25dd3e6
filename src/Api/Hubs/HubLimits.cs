using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Recovery.Api.Auth;

namespace Recovery.Api.Hubs;

/// <summary>
/// Checks every hub call before it reaches a hub method: its arguments' size against a limit below
/// the transport's, so a too-large message gets a clear error and the connection stays; and the
/// caller's call rate across all their connections to this silo, which no per-connection limit sees.
/// </summary>
internal sealed class HubLimits(IOptions<HubLimitOptions> options, TimeProvider clock) : IHubFilter
{
    public const string TooLarge = "REQUEST_TOO_LARGE";

    private const int SweepEvery = 4096;

    private readonly ConcurrentDictionary<string, TokenBucket> people = new();
    private int calls;

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var limits = options.Value;
        if (ArgumentBytes(invocation.HubMethodArguments) > limits.MaxArgumentBytes)
            throw new HubException($"{TooLarge}: Beskeden er for stor (højst {limits.MaxArgumentBytes / 1024} KB). Del ændringen op i mindre dele; intet er ændret.");
        if (invocation.Context.User?.FindFirstValue(CallerClaims.PersonId) is { } person)
        {
            if (Interlocked.Increment(ref calls) % SweepEvery == 0) Sweep();
            var bucket = people.GetOrAdd(person, _ => new TokenBucket(limits.CallsPerUserPerSecond, limits.CallsPerUserBurst, clock));
            if (!bucket.TryTake())
                throw new HubException($"{RuleViolation.Codes.RateLimited}: Du sender mere, end serveren tager imod fra én person, også med flere vinduer åbne. Vent et øjeblik; intet er ændret.");
        }
        return next(invocation);
    }

    /// <summary>People who paused long enough to have a full bucket again are forgotten, so the map holds only the active.</summary>
    private void Sweep()
    {
        foreach (var (person, bucket) in people)
            if (bucket.IsFull) people.TryRemove(new KeyValuePair<string, TokenBucket>(person, bucket));
    }

    private static long ArgumentBytes(IReadOnlyList<object?> arguments)
    {
        long bytes = 0;
        foreach (var argument in arguments)
            bytes += argument switch
            {
                string text => Encoding.UTF8.GetByteCount(text),
                JsonElement json => JsonMarshal.GetRawUtf8Value(json).Length,
                null => 0,
                // Revisions and flags (Join, CatchUp) are a few bytes each and need no writing out.
                _ when argument.GetType().IsPrimitive => sizeof(long),
                // A typed argument a later hub method takes is measured as written, rather than slipping under the limit as nothing.
                _ => JsonSerializer.SerializeToUtf8Bytes(argument, argument.GetType()).Length,
            };
        return bytes;
    }
}
