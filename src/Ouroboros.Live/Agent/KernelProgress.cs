namespace Ouroboros.Live.Agent;

/// <summary>
/// How many of something the kernel has finished (slices closed, broker-state adoptions applied), for the feed to wait
/// on (one writer: the kernel's thread). Without the wait for adoptions, a reconciliation right after a posted adoption
/// could compare the account as it was before it and adopt the same difference twice.
/// </summary>
internal sealed class KernelProgress(string what)
{
    private readonly Lock _gate = new();
    private long _done;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Done
    {
        get
        {
            lock (_gate) return _done;
        }
    }

    public void Report(long done) => Update(_ => done);

    public void One() => Update(done => done + 1);

    private void Update(Func<long, long> next)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _done = next(_done);
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Completes when <paramref name="count"/> are done, or fails with the kernel if it stopped first.</summary>
    public async Task WaitForAsync(long count, Task kernel, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_done >= count) return;
                changed = _changed.Task;
            }
            var first = await Task.WhenAny(changed, kernel).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (first == kernel)
            {
                await kernel.ConfigureAwait(false);
                lock (_gate)
                {
                    if (_done >= count) return;
                }
                throw new InvalidOperationException($"The kernel stopped after {Done} {what} while number {count} was awaited.");
            }
        }
    }
}
