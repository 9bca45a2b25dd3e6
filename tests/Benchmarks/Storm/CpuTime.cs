using System.Diagnostics;
using System.Globalization;

namespace Recovery.Benchmarks.Storm;

/// <summary>
/// CPU time spent so far by this process (Silo, floor and every client) plus the PostgreSQL cluster's
/// processes, read from /proc: the product pays part of each edit in PostgreSQL, so leaving it out
/// would flatter it against the floor, which stores nothing.
/// </summary>
public sealed class CpuTime(string postgresFolder)
{
    /// <summary>USER_HZ, which /proc counts in; 100 on every Linux the project runs on.</summary>
    private const double TicksPerSecond = 100;

    public TimeSpan Now() => Process.GetCurrentProcess().TotalProcessorTime + Postgres();

    private TimeSpan Postgres()
    {
        var pidFile = Path.Combine(postgresFolder, "data", "postmaster.pid");
        if (!OperatingSystem.IsLinux() || !File.Exists(pidFile)) return TimeSpan.Zero;
        var postmaster = File.ReadLines(pidFile).First().Trim();
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var pid = Path.GetFileName(dir);
            if (!char.IsAsciiDigit(pid[0])) continue;
            try
            {
                // Fields after the command's closing parenthesis: state, ppid, …, utime (14), stime, cutime, cstime.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var times = fields[11..15].Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
                // Exited backends' time lands in the postmaster's cutime and cstime when it reaps them.
                if (pid == postmaster) ticks += times.Sum();
                else if (fields[1] == postmaster) ticks += times[0] + times[1];
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
