namespace Ouroboros.Live.Agent;

/// <summary>
/// How many broker-state adoptions the kernel has applied, for the feed to wait on before it reads the account again
/// (one writer: the kernel's thread). Without the wait, a reconciliation right after a posted adoption could compare the
/// account as it was before it and adopt the same difference twice.
/// </summary>
internal sealed class AppliedAdoptions
{
    private readonly Lock _gate = new();
    private long _applied;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Applied
    {
        get
        {
            lock (_gate) return _applied;
        }
    }

    public void One()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _applied++;
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Completes when <paramref name="count"/> adoptions are applied, or fails with the kernel if it stopped first.</summary>
    public async Task WaitForAsync(long count, Task kernel)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_applied >= count) return;
                changed = _changed.Task;
            }
            if (await Task.WhenAny(changed, kernel).ConfigureAwait(false) != kernel) continue;
            await kernel.ConfigureAwait(false);
            lock (_gate)
            {
                if (_applied >= count) return;
            }
            throw new InvalidOperationException($"The kernel stopped after {Applied} broker-state adoptions while adoption {count} was posted.");
        }
    }
}
