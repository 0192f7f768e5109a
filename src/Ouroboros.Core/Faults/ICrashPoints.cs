namespace Ouroboros.Core.Faults;

/// <summary>
/// Named places in the order lifecycle and the daily cycle where a crash-injection harness may kill the process, to
/// prove that a restart loses nothing and doubles nothing. Production passes <see cref="NoCrashPoints"/>; the test host
/// kills the process (as <c>kill -9</c> would) when the configured point is hit. Names are dotted: <c>order.after-persist</c>.
/// </summary>
public interface ICrashPoints
{
    void Hit(string point);
}

/// <summary>Crash injection off: every point is a no-op.</summary>
public sealed class NoCrashPoints : ICrashPoints
{
    public static NoCrashPoints Instance { get; } = new();

    public void Hit(string point)
    {
    }
}
