using System.Diagnostics;
using Ouroboros.Core.Faults;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>
/// Persist-to-send, without a hook in src: <see cref="TimedSessionJournal"/> stamps the start of every group commit that
/// holds an order in status Submitted (the flush the kernel does before a broker submit), and the kernel hits
/// <c>order.after-persist</c> right after that flush and right before it calls <c>IBroker.SubmitAsync</c>; the time
/// between the two is the figure. As a crash-points double it can also throw at the n-th <c>slice.after-checkpoint</c>
/// (an in-process kill for the restart measurements). One thread writes: the kernel's.
/// </summary>
public sealed class SendLatencyProbe(long? crashAfterSlices = null) : ICrashPoints
{
    private long _flushStart = -1;
    private long _checkpoints;

    public List<double> PersistToSendMs { get; } = [];

    public List<double> PreSendCommitMs { get; } = [];

    public List<double> OtherCommitMs { get; } = [];

    internal void CommitStarting(bool preSend, long timestamp)
    {
        if (preSend) _flushStart = timestamp;
    }

    internal void CommitDone(bool preSend, long started) => (preSend ? PreSendCommitMs : OtherCommitMs).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

    public void Hit(string point)
    {
        if (point == CrashPointNames.OrderAfterPersist && _flushStart >= 0)
        {
            PersistToSendMs.Add(Stopwatch.GetElapsedTime(_flushStart).TotalMilliseconds);
            _flushStart = -1;
        }
        else if (point == CrashPointNames.SliceAfterCheckpoint && crashAfterSlices is { } n && Interlocked.Increment(ref _checkpoints) == n)
        {
            throw new BenchCrashException($"bench crash after checkpoint {n}");
        }
    }
}
