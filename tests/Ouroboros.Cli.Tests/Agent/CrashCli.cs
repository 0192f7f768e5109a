using System.Text.Json;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>`ouroboros run` and `ouroboros risk kill` as child processes on one journal, with or without a crash point.</summary>
internal static class CrashCli
{
    /// <summary>What a process killed by SIGKILL exits with (128 + 9).</summary>
    public const int KilledExitCode = 137;

    public static Task<CliResult> RunAsync(string replay, string db, string? crashAt = null)
    {
        string[] args = ["run", "--replay", replay, "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=15", "--speed", "max", "--json", "--db", db];
        var environment = crashAt is null
            ? null
            : new Dictionary<string, string>(StringComparer.Ordinal) { ["OUROBOROS_CRASH_INJECTION"] = "1", ["OUROBOROS_CRASH_AT"] = crashAt };
        return CliRunner.RunAsync(args, environment);
    }

    public static Task<CliResult> KillSwitchAsync(string db) => CliRunner.RunAsync(["risk", "kill", "--reason", "crash harness", "--db", db]);

    /// <summary>True when the process died at its crash point: SIGKILL's exit code and no summary printed.</summary>
    public static bool WasKilled(CliResult result) => result.ExitCode == KilledExitCode && !result.Stdout.Contains("\"run_id\"", StringComparison.Ordinal);

    /// <summary>The --json summary of a run that ended by itself.</summary>
    public static RunSummary Summary(CliResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.ExitCode != 0) throw new InvalidOperationException($"the run failed with exit code {result.ExitCode}: {result.Stderr}");
        var line = result.Stdout.Split('\n').Last(l => l.TrimStart().StartsWith('{'));
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        return new RunSummary(root.GetProperty("status").GetString()!, root.GetProperty("restarts").GetInt32(), root.GetProperty("orders").GetInt32(),
            root.GetProperty("fills").GetInt32(), root.GetProperty("final_equity").GetDecimal());
    }
}
