namespace Recovery.Testing.Fuzzing;

/// <summary>Who sends a hostile case: a signed-in staff member, a workshop guest, someone from another municipality, nobody, or a forged token.</summary>
public enum FuzzCaller { Staff, Guest, Stranger, Anonymous, Forged }

/// <summary>The tokens the callers carry, fetched once before a run.</summary>
public sealed record FuzzTokens(string Staff, string Guest, string Stranger)
{
    public const string Forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwLTY1Ny1tZXR0ZSIsInJvbGUiOiJzdHJhdGVnaWMtbGVhZGVyIn0.AAAA";

    public string? For(FuzzCaller caller) => caller switch
    {
        FuzzCaller.Staff => Staff,
        FuzzCaller.Guest => Guest,
        FuzzCaller.Stranger => Stranger,
        FuzzCaller.Forged => Forged,
        _ => null,
    };
}

/// <summary>What a run attacks: the open workshop its room cases aim at, and its plan items.</summary>
public sealed record FuzzTarget(string Workshop, IReadOnlyList<string> Items);

/// <summary>
/// One case's own generator: seeded by the run's seed and the case's number, so any single case can be
/// made again from the two numbers a failure prints, whatever order the workers took the cases in.
/// </summary>
public static class CaseRandom
{
    /// <summary>A SplitMix64 step over the three numbers: the same in every process (HashCode is salted per process).</summary>
    public static Random For(int seed, int index, int battery)
    {
        var x = ((ulong)(uint)seed << 32 | (uint)index) ^ ((ulong)battery * 0x9E3779B97F4A7C15);
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return new Random((int)(x ^ (x >> 31)));
    }
}
