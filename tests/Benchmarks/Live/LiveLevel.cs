using System.Diagnostics;
using Recovery.Benchmarks.Mutation;

namespace Recovery.Benchmarks.Live;

/// <summary>
/// One run of a level: one writer, and the same number of followers on the product and on the bare
/// hub. Each round does the product and the floor once, reversing the order every other round, and
/// waits for every follower's notice before going on, so the two never overlap.
/// </summary>
public sealed class LiveLevel(int level, LiveOptions options, BenchClient writer, IReadOnlyList<Follower> product, IReadOnlyList<Follower> floor)
{
    /// <summary>A notice this late counts as lost: clients would have refetched long before.</summary>
    public static readonly TimeSpan LostAfter = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Until this silo's bridge is in the live directory, notices reach no one (the bridge retries every
    /// 2 s); probing waits this long per try, at most <see cref="MaxProbes"/> tries.
    /// </summary>
    private static readonly TimeSpan Probe = TimeSpan.FromSeconds(2);

    public const int MaxProbes = 30;

    private readonly Samples<LiveStage> samples = new();
    private long marker;
    private int lost, floorLost;

    public int MaxRounds => MaxProbes + options.WarmupRounds + options.Rounds;

    public async Task<LiveRun> Run(CancellationToken ct)
    {
        var round = 0;
        for (var heard = false; !heard; round++)
        {
            if (round == MaxProbes) throw new TimeoutException($"No notice reached the followers in {MaxProbes} tries; is the live bridge registered?");
            heard = await Product(round, Body(round), measured: false, Probe, ct) == 0;
        }
        Console.Error.WriteLine($"{product.Count} follower(s): first notice after {round} mutation(s).");
        for (var end = round + options.WarmupRounds; round < end; round++) await Round(round, measured: false, ct);
        var started = Stopwatch.GetTimestamp();
        var measured = 0;
        for (; measured < options.Rounds && Stopwatch.GetElapsedTime(started) < options.LevelLimit; measured++, round++)
            await Round(round, measured: true, ct);
        return new LiveRun(product.Count, options.Rounds, measured, samples, lost, floorLost);
    }

    private async Task Round(int round, bool measured, CancellationToken ct)
    {
        var body = Body(round);
        if (round % 2 == 0)
        {
            await ProductCounted();
            await FloorCounted();
        }
        else
        {
            await FloorCounted();
            await ProductCounted();
        }

        async Task ProductCounted()
        {
            var missing = await Product(round, body, measured, LostAfter, ct);
            if (measured) lost += missing;
        }

        async Task FloorCounted()
        {
            var missing = await Floor(body, measured, ct);
            if (measured) floorLost += missing;
        }
    }

    private byte[] Body(int round) => PlanItemRequests.Body(Tenant.Shared, level, client: 0, round);

    /// <returns>How many followers did not hear of the mutation within <paramref name="timeout"/>.</returns>
    private async Task<int> Product(int round, byte[] body, bool measured, TimeSpan timeout, CancellationToken ct)
    {
        var (sent, version) = await writer.Mutate(body, ct);
        var arrivals = await Task.WhenAll(product.Select(f => f.ArrivalOf(version, timeout)));
        return Record(sent, arrivals, measured, LiveStage.Last, LiveStage.Each);
    }

    private async Task<int> Floor(byte[] body, bool measured, CancellationToken ct)
    {
        var m = ++marker;
        var sent = await writer.PostBareLive(m, body, ct);
        var arrivals = await Task.WhenAll(floor.Select(f => f.ArrivalOf(m, LostAfter)));
        return Record(sent, arrivals, measured, LiveStage.FloorLast, LiveStage.FloorEach);
    }

    private int Record(long sent, long?[] arrivals, bool measured, LiveStage last, LiveStage each)
    {
        var missing = arrivals.Count(a => a is null);
        if (!measured) return missing;
        foreach (var at in arrivals.OfType<long>()) samples.Add(each, Stopwatch.GetElapsedTime(sent, at));
        // A round with a lost notice has no "last" arrival; the lost count reports it instead.
        if (missing == 0) samples.Add(last, Stopwatch.GetElapsedTime(sent, arrivals.Max(a => a!.Value)));
        return missing;
    }
}
