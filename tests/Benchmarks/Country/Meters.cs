using System.Diagnostics;
using System.Globalization;
using Recovery.Benchmarks.Storm;
using Recovery.Testing.Processes;

namespace Recovery.Benchmarks.Country;

/// <summary>CPU time of every process taking part, and the machine's, at one moment.</summary>
/// <param name="Cpu">In the order of <see cref="Meters.Names"/>.</param>
public sealed record Usage(long At, IReadOnlyList<TimeSpan> Cpu, TimeSpan Machine, TimeSpan GcPause);

/// <summary>Cores each process used between two <see cref="Usage"/> readings, and what the rest of the machine took.</summary>
/// <param name="GcPauseShare">The share of the window the benchmark's own process (clients, floor) stood still for garbage collection.</param>
public sealed record Load(TimeSpan Elapsed, IReadOnlyList<double> Cores, double Others, double GcPauseShare)
{
    public double Total => Cores.Sum();

    public static Load Between(Usage from, Usage to)
    {
        var elapsed = Stopwatch.GetElapsedTime(from.At, to.At);
        var cores = from.Cpu.Zip(to.Cpu, (a, b) => (b - a) / elapsed).ToArray();
        var others = Math.Max(0, (to.Machine - from.Machine) / elapsed - cores.Sum());
        return new Load(elapsed, cores, others, (to.GcPause - from.GcPause) / elapsed);
    }
}

/// <summary>
/// Reads /proc for the cluster's processes: each silo, PostgreSQL (with its backends), Redis, and this
/// process, which holds every client and the floor. Resident memory is the kernel's VmRSS: what a silo
/// holds in RAM, garbage not yet collected included.
/// </summary>
public sealed class Meters(SiloCluster cluster)
{
    /// <summary>USER_HZ, which /proc counts in; 100 on every Linux the project runs on.</summary>
    private const double TicksPerSecond = 100;

    private readonly CpuTime postgres = new(cluster.Postgres.Folder);

    public IReadOnlyList<string> Names => [.. cluster.Silos.Select((_, i) => $"silo {i + 1}"), "PostgreSQL", "Redis", "benchmark"];

    public Usage Take() => new(
        Stopwatch.GetTimestamp(),
        [.. cluster.Silos.Select(s => Cpu(s.Id)), postgres.Postgres(), Redis(), Process.GetCurrentProcess().TotalProcessorTime],
        CpuTime.Machine(),
        GC.GetTotalPauseDuration());

    /// <summary>Resident memory of each silo, in bytes.</summary>
    public long[] Silos() => [.. cluster.Silos.Select(s => Rss(s.Id))];

    /// <summary>Resident memory of this process (every client, and the floor when it runs), in bytes.</summary>
    public static long Own() => Rss(Environment.ProcessId);

    private TimeSpan Redis()
    {
        var pidFile = Path.Combine(cluster.Redis.Folder, "redis.pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) ? Cpu(pid) : TimeSpan.Zero;
    }

    private static TimeSpan Cpu(int pid)
    {
        try
        {
            // Fields after the command's closing parenthesis: state (3), …, utime (14), stime (15).
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
        }
        catch (IOException)
        {
            // Gone: it counts nothing more.
            return TimeSpan.Zero;
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return 1024 * long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
