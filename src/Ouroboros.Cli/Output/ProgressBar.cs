namespace Ouroboros.Cli.Output;

/// <summary>
/// A text progress bar on stderr that appears only when a run has taken longer than a second and stderr is a
/// terminal, so quick runs and scripts see no noise.
/// </summary>
public sealed class ProgressBar(TextWriter output, string label) : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly long _start = TimeProvider.System.GetTimestamp();
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private long _lastDraw;
    private bool _drawn;

    public void Report(int done, int total)
    {
        if (!_enabled || total <= 0) return;
        if ((done & 1023) != 0 && done != total) return;
        var now = TimeProvider.System.GetTimestamp();
        if (TimeProvider.System.GetElapsedTime(_start, now) < Delay) return;
        if (_drawn && TimeProvider.System.GetElapsedTime(_lastDraw, now) < TimeSpan.FromMilliseconds(100) && done != total) return;
        _lastDraw = now;
        _drawn = true;
        const int width = 30;
        var filled = (int)((long)done * width / total);
        output.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {done * 100L / total,3}% {done}/{total}");
    }

    public void Complete()
    {
        if (_drawn) output.WriteLine();
        _drawn = false;
    }

    public void Dispose() => Complete();
}
