using System.Diagnostics;
using System.Globalization;
using Ouroboros.Core.Faults;

namespace Ouroboros.Hosting.Agents;

/// <summary>
/// The crash-injection harness: with <c>OUROBOROS_CRASH_INJECTION=1</c> (a test flag nobody sets by accident) and
/// <c>OUROBOROS_CRASH_AT=point</c> or <c>point#n</c> (the n-th hit; 1 by default), the process kills itself with SIGKILL
/// when the point is hit, exactly as <c>kill -9</c> would: no finally block, no flush, no goodbye. Without the flag
/// the variables are ignored.
/// </summary>
public sealed class EnvironmentCrashPoints : ICrashPoints
{
    public const string EnableVariable = "OUROBOROS_CRASH_INJECTION";
    public const string PointVariable = "OUROBOROS_CRASH_AT";

    private readonly string _point;
    private readonly int _hit;
    private int _hits;

    private EnvironmentCrashPoints(string point, int hit)
    {
        _point = point;
        _hit = hit;
    }

    /// <summary>The configured harness, or <see cref="NoCrashPoints"/> when crash injection is off.</summary>
    public static ICrashPoints FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(EnableVariable) != "1") return NoCrashPoints.Instance;
        var spec = Environment.GetEnvironmentVariable(PointVariable);
        if (string.IsNullOrWhiteSpace(spec)) return NoCrashPoints.Instance;
        var parts = spec.Split('#', 2);
        var point = parts[0].Trim();
        if (point != "any" && !CrashPointNames.All.Contains(point))
            throw new ArgumentException($"{PointVariable}={spec}: unknown crash point; known: any, {string.Join(", ", CrashPointNames.All)}");
        var hit = parts.Length == 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
        return new EnvironmentCrashPoints(point, hit);
    }

    public void Hit(string point)
    {
        if (_point != "any" && point != _point) return;
        if (Interlocked.Increment(ref _hits) != _hit) return;
        using var self = Process.GetCurrentProcess();
        self.Kill();
        // Kill delivers SIGKILL; until it lands, this thread must not go on.
        using var never = new ManualResetEventSlim(false);
        never.Wait();
    }
}
