using System.Diagnostics;

namespace Recovery.Testing.Processes;

/// <summary>
/// One Silo as its own operating-system process, started from the built Silo as <c>./run-cluster.sh</c>
/// starts it: what a fault scenario kills with SIGKILL must be a real process, not a host in the
/// test's own. Its output goes to a log file, read when it fails to start.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process process;

    private SiloProcess(Process process, Uri address, string log) => (this.process, Address, Log) = (process, address, log);

    public Uri Address { get; }

    /// <summary>The file holding everything the process wrote.</summary>
    public string Log { get; }

    public int Id => process.Id;

    public bool Running => !process.HasExited;

    /// <param name="settings">Configuration as keys (<c>Recovery:Cluster:Redis</c>), passed as environment variables.</param>
    public static async Task<SiloProcess> StartAsync(IReadOnlyDictionary<string, string> settings, CancellationToken ct)
    {
        var silo = Path.Combine(RepositoryRoot.Path, "src", "Silo");
        var dll = Path.Combine(silo, "bin", "Release", "net10.0", "Recovery.Silo.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"The Silo is not built in Release: {dll} is missing.");
        var port = FreePorts.Next();
        var address = new Uri($"http://127.0.0.1:{port}");
        var log = Path.Combine(Path.GetTempPath(), $"recovery-silo-{port}.log");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = silo,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["Recovery__Cluster__SiloPort"] = FreePorts.Next().ToString();
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        // A production silo (the default environment) refuses to start with demo mode on.
        if (settings.TryGetValue("Recovery:Demo:Enabled", out var demo) && bool.Parse(demo)) start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = Process.Start(start)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(writer, e.Data);
        process.ErrorDataReceived += (_, e) => Write(writer, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new SiloProcess(process, address, log);
        await started.AwaitHealthyAsync(TimeSpan.FromSeconds(90), ct);
        return started;
    }

    private static void Write(StreamWriter writer, string? line)
    {
        if (line is null) return;
        lock (writer) writer.WriteLine(line);
    }

    /// <summary>Waits until <c>/health</c> answers 200: PostgreSQL reached and the silo in its cluster.</summary>
    public async Task AwaitHealthyAsync(TimeSpan limit, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The silo at {Address} stopped while starting (exit {process.ExitCode}); see {Log}.");
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/health"), ct)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"The silo at {Address} was not healthy within {limit.TotalSeconds} s; see {Log}.");
    }

    /// <summary>SIGKILL: the process gets no chance to store, deregister or say goodbye.</summary>
    public void Kill()
    {
        if (process.HasExited) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>SIGSTOP: the process stays, but answers nothing until <see cref="ResumeAsync"/>.</summary>
    public Task PauseAsync() => Signal("STOP");

    /// <summary>SIGCONT after <see cref="PauseAsync"/>.</summary>
    public Task ResumeAsync() => Signal("CONT");

    private async Task Signal(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString()]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Stops the way an orchestrator does: SIGTERM, then SIGKILL if it does not leave in time.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await Signal("TERM");
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }
        process.Dispose();
    }
}
