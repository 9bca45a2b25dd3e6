namespace Recovery.Benchmarks.Mutation;

/// <summary>
/// How many rounds each client runs at one concurrency level. A steering group's plan holds at most
/// 500 items, so the product operation rotates in blocks of four rounds: two <c>addPlanItem</c>, then two
/// <c>editPlanItem</c> retitling those same items. Half the rounds add, and every round appends exactly one
/// event. Blocks of two (not strict alternation) keep the kind of operation independent of which of
/// product and floor goes first in a round.
/// </summary>
public sealed record LevelPlan(int Clients, int WarmupRounds, int MeasuredRounds)
{
    /// <summary>About this many measured operations per level by default, so p99 rests on ten or more samples.</summary>
    private const int DefaultOperations = 960;
    private const int DefaultMaxRounds = 800;
    private const int WarmupOperations = 32;

    public int Rounds => WarmupRounds + MeasuredRounds;

    public static bool Adds(int round) => round / 2 % 2 == 0;

    /// <summary>The round whose item an edit retitles.</summary>
    public static int AddedIn(int round) => round - 2;

    public static int AddsIn(int rounds) => 2 * (rounds / 4) + Math.Min(rounds % 4, 2);

    /// <param name="clientsPerGroup">How many clients add to the same steering group.</param>
    /// <param name="room">Items each group's plan can still take (the cap minus what the seeding added).</param>
    public static LevelPlan For(int clients, int clientsPerGroup, int room, MutationOptions options)
    {
        // Enough warm-up operations in total to get JIT, connection pools and the grain activations out of the way.
        var warmup = options.WarmupRounds ?? Math.Max(2, (WarmupOperations + clients - 1) / clients);
        var maxRounds = 0;
        while (AddsIn(maxRounds + 1) * clientsPerGroup <= room) maxRounds++;
        var measured = options.OpsPerClient ?? Math.Min(Math.Max(DefaultOperations / clients, 1), Math.Min(DefaultMaxRounds, maxRounds) - warmup);
        if (measured <= 0 || warmup + measured > maxRounds)
            throw new ArgumentException(
                $"{clientsPerGroup} clients × {warmup + measured} rounds would add more than the {room} plan items a steering group has room for; " +
                $"use at most --ops {maxRounds - warmup} (with --warmup {warmup}).");
        return new LevelPlan(clients, warmup, measured);
    }
}
