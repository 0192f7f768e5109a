namespace Ouroboros.Live.Agent;

/// <summary>How many slices the kernel has finished, for the feed to wait on (one writer: the kernel's thread).</summary>
internal sealed class SliceProgress
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

    public void Report(long done)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _done = done;
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }

    /// <summary>Completes when <paramref name="slices"/> are done, or fails with the kernel if it stopped first.</summary>
    public async Task WaitForAsync(long slices, Task kernel, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (_done >= slices) return;
                changed = _changed.Task;
            }
            var first = await Task.WhenAny(changed, kernel).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (first == kernel)
            {
                await kernel.ConfigureAwait(false);
                lock (_gate)
                {
                    if (_done >= slices) return;
                }
                throw new InvalidOperationException($"The kernel stopped after {Done} slices while slice {slices} was being replayed.");
            }
        }
    }
}
