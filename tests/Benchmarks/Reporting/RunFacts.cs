using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Recovery.Testing;

namespace Recovery.Benchmarks.Reporting;

/// <summary>What a number depends on besides the code: when, which commit, which machine.</summary>
public static class RunFacts
{
    public static string Describe() =>
        $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Commit()}, {Environment.ProcessorCount} cores, " +
        $"{RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}, " +
        $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC";

    private static string Commit()
    {
        var head = Git("rev-parse --short HEAD");
        // docs/ is left out: --out rewrites docs/benchmarks.md itself, which says nothing about the code measured.
        return string.IsNullOrEmpty(Git("status --porcelain --untracked-files=no -- . :!docs")) ? head : $"{head} + uncommitted changes";
    }

    private static string Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = RepositoryRoot.Path,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
