using System.Diagnostics;
using System.Text;
using Ouroboros.TestKit;

namespace Ouroboros.Cli.Tests.Agent;

/// <summary>
/// An `ouroboros run` child process left running while a test talks to it from other processes; killed on dispose
/// if it is still running, so no test leaves an agent behind.
/// </summary>
internal sealed class BackgroundAgent : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private BackgroundAgent(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    public static BackgroundAgent Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ouroboros.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("OUROBOROS_", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(key);
        // `run` serves its dashboard on port 8080 by default; tests run many agents at once, so only the tests of the
        // dashboard turn it on (on a port of their own).
        psi.Environment["OUROBOROS_AGENT__DASHBOARD"] = "false";
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;
        return new BackgroundAgent(Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet"));
    }

    /// <summary>Sends SIGTERM, as a service manager stopping the agent would.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) ?? throw new InvalidOperationException("could not start kill");
        await kill.WaitForExitAsync();
    }

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal would.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start("kill", ["-INT", Pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) ?? throw new InvalidOperationException("could not start kill");
        await kill.WaitForExitAsync();
    }

    /// <summary>The exit code once the agent has ended, or a failure naming what it printed if it does not end in time.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the agent did not stop within {timeout}; stdout: {Stdout}; stderr: {Stderr}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder into, string? line)
    {
        if (line is null) return;
        lock (into) into.AppendLine(line);
    }

    private static string Read(StringBuilder from)
    {
        lock (from) return from.ToString();
    }
}
