using System.Diagnostics;

namespace Ouroboros.TestKit;

/// <summary>The outcome of one CLI process.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the real `ouroboros` CLI (the ouroboros.dll next to the test assembly) as a child process, from the
/// repository root unless told otherwise, with extra environment variables.
/// </summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ouroboros.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException("ouroboros.dll is not next to the tests; reference Ouroboros.Cli", dll);
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("OUROBOROS_", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(key);
        // `run` serves its dashboard on port 8080 by default; tests run many agents at once, so only the tests of the
        // dashboard turn it on (on a port of their own).
        psi.Environment["OUROBOROS_AGENT__DASHBOARD"] = "false";
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        return new CliResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
