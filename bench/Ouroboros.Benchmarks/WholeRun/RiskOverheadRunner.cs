using System.Diagnostics;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Bars;
using Ouroboros.Risk.Engine;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// Runs W5: risk-off and risk-on runs of <see cref="RiskOverheadWorkload"/> alternate (off-on, then on-off, …) through
/// warm-up and measurement, so that load, tiering and heap state drift hit both alike, and each pair gives a ratio
/// measured under the same conditions. Every timed run is checked against its own reference run.
/// </summary>
public sealed class RiskOverheadRunner(BenchSettings settings, Action<string>? log = null)
{
    public async Task<W5Report> RunAsync(CancellationToken cancellationToken = default)
    {
        var universe = KrxSyntheticUniverse.Create(settings.W5Instruments, settings.W5Bars, settings.Seed);
        var env = RiskOverheadWorkload.RiskEnvironmentFor(universe);
        long events = universe.Sum(s => (long)s.Count);
        log?.Invoke($"W5: sma-cross {SmaCrossWorkload.Fast}/{SmaCrossWorkload.Slow}, percent:{RiskOverheadWorkload.SizingPercent}, over {settings.W5Instruments} synthetic KRX stocks × {settings.W5Bars} bars ({events:N0} bar events), risk off vs on");

        var off = RiskRunFingerprint.Of(await RiskOverheadWorkload.RunAsync(universe, null, cancellationToken).ConfigureAwait(false));
        var on = RiskRunFingerprint.Of(await RiskOverheadWorkload.RunAsync(universe, env, cancellationToken).ConfigureAwait(false));
        if (off.Run.Fills == 0) throw new BenchCorrectnessException("W5 made no trades; the workload is not exercising the order path.");
        if (off.Denials != 0) throw new BenchCorrectnessException($"W5 without risk denied {off.Denials} orders; RiskEngine.None must approve everything.");
        if (on.Decisions == 0) throw new BenchCorrectnessException("W5 with risk made no risk decisions; the risk engine is not in the path.");
        log?.Invoke($"W5 reference: off {off.Run.Orders:N0} orders, on {on.Run.Orders:N0} orders, {on.Denials:N0} denied ({on.DeniedByGate}), {on.ExitSignals:N0} exit signals");

        Task<(double Seconds, double CpuSeconds, long Bytes)> Off() => TimedAsync(universe, null, off, cancellationToken);
        Task<(double Seconds, double CpuSeconds, long Bytes)> On() => TimedAsync(universe, env, on, cancellationToken);
        await WarmUpAsync(Off, On).ConfigureAwait(false);

        var offMs = new List<double>();
        var onMs = new List<double>();
        var offCpu = new List<double>();
        var onCpu = new List<double>();
        var ratios = new List<double>();
        long offBytes = 0, onBytes = 0;
        for (var i = 0; i < settings.W5Pairs; i++)
        {
            // Alternate which runs first, so that neither always inherits the other's garbage or a cooling cache.
            var offFirst = i % 2 == 0;
            var first = await (offFirst ? Off() : On()).ConfigureAwait(false);
            var second = await (offFirst ? On() : Off()).ConfigureAwait(false);
            var (a, b) = offFirst ? (first, second) : (second, first);
            offMs.Add(a.Seconds * 1e3);
            onMs.Add(b.Seconds * 1e3);
            offCpu.Add(a.CpuSeconds * 1e3);
            onCpu.Add(b.CpuSeconds * 1e3);
            ratios.Add(b.Seconds / a.Seconds);
            (offBytes, onBytes) = (a.Bytes, b.Bytes);
            log?.Invoke($"W5 pair {i + 1}/{settings.W5Pairs}: off {offMs[^1]:0.0} ms, on {onMs[^1]:0.0} ms, ratio {ratios[^1]:0.00}");
        }

        var offSummary = Summary.Of(offMs);
        var onSummary = Summary.Of(onMs);
        return new W5Report(
            settings.W5Instruments,
            settings.W5Bars,
            events,
            RiskOverheadWorkload.SizingPercent,
            offSummary,
            onSummary,
            Summary.Of(offCpu),
            Summary.Of(onCpu),
            Summary.Of([.. offMs.Select(x => events / (x / 1e3))]),
            Summary.Of([.. onMs.Select(x => events / (x / 1e3))]),
            Summary.Of(ratios),
            onSummary.Median / offSummary.Median,
            (onSummary.Median - offSummary.Median) * 1e6 / events,
            offBytes / (double)events,
            onBytes / (double)events,
            off,
            on);
    }

    /// <summary>
    /// Alternating pairs for at least <see cref="BenchSettings.WarmupRuns"/> pairs and the minimum warm-up time, then
    /// until both kinds of run stopped getting faster (two in a row no more than 3% faster than the best before them).
    /// </summary>
    private async Task WarmUpAsync(Func<Task<(double Seconds, double CpuSeconds, long Bytes)>> off, Func<Task<(double Seconds, double CpuSeconds, long Bytes)>> on)
    {
        var start = Stopwatch.GetTimestamp();
        double bestOff = double.MaxValue, bestOn = double.MaxValue;
        int steadyOff = 0, steadyOn = 0;
        for (var i = 0; ; i++)
        {
            var offSeconds = (await off().ConfigureAwait(false)).Seconds;
            var onSeconds = (await on().ConfigureAwait(false)).Seconds;
            steadyOff = offSeconds >= bestOff * 0.97 ? steadyOff + 1 : 0;
            steadyOn = onSeconds >= bestOn * 0.97 ? steadyOn + 1 : 0;
            bestOff = Math.Min(bestOff, offSeconds);
            bestOn = Math.Min(bestOn, onSeconds);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (i + 1 >= settings.WarmupRuns && elapsed >= settings.MinWarmupSeconds && steadyOff >= 2 && steadyOn >= 2) break;
            if (elapsed >= settings.MaxWarmupSeconds)
            {
                log?.Invoke($"W5: still getting faster after {elapsed:0} s of warm-up; measuring anyway");
                break;
            }
        }
    }

    /// <summary>One whole run after a full collection, checked against its reference: wall and CPU seconds, bytes allocated.</summary>
    private static async Task<(double Seconds, double CpuSeconds, long Bytes)> TimedAsync(
        IReadOnlyList<BarSeries> universe, RiskEnvironment? env, RiskRunFingerprint reference, CancellationToken ct)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = CpuTime();
        var start = Stopwatch.GetTimestamp();
        KernelResult result = await RiskOverheadWorkload.RunAsync(universe, env, ct).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuSeconds = (CpuTime() - cpuBefore).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        var actual = RiskRunFingerprint.Of(result);
        if (actual != reference)
            throw new BenchCorrectnessException($"W5 risk {(env is null ? "off" : "on")}: run gave {actual}, the reference run gave {reference}; timings of a wrong run are not reported.");
        return (seconds, cpuSeconds, bytes);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
