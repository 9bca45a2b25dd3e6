using System.Diagnostics;

namespace Recovery.Testing;

/// <summary>Runs one of the project's own scripts under deploy/, so tests start services exactly as the run command does.</summary>
internal static class DeployScript
{
    /// <summary>The script's standard output; a failure throws with its standard error.</summary>
    public static async Task<string> RunAsync(string script, string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "deploy", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"deploy/{script} {string.Join(' ', arguments)} failed: {await stderr}");
        return await stdout;
    }
}
