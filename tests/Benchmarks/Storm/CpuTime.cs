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

    /// <summary>
    /// CPU time every process on the machine has used so far (from /proc/stat), so a run can tell how much of
    /// the two cores others took while it measured: the machine is shared, and a build next door slows one side only.
    /// </summary>
    public static TimeSpan Machine()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        // cpu  user nice system idle iowait irq softirq steal …: busy is everything but idle and iowait.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return TimeSpan.FromSeconds((fields.Take(8).Sum() - fields[3] - fields[4]) / TicksPerSecond);
    }

    /// <summary>CPU time the PostgreSQL cluster's processes have used so far, exited backends included.</summary>
    public TimeSpan Postgres()
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
