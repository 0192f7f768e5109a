using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime;
using System.Runtime.InteropServices;
using Ouroboros.Core.Kernel;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// Runs W1, W2, W4 and W5 (<see cref="RiskOverheadRunner"/>) plus the baseline: warm-up runs first, then measured
/// runs, each checked against a reference run (a timing counts only when its run reproduced the reference exactly;
/// otherwise the bench fails).
/// </summary>
public sealed class BenchRunner(BenchSettings settings, Action<string>? log = null)
{
    public async Task<BenchReport> RunAsync(CancellationToken cancellationToken = default)
    {
        Log($"loading {string.Join(", ", BenchData.UsFiles)}");
        var sources = BenchData.LoadUs(settings.DataDirectory);
        var w1 = await W1Async(sources, cancellationToken).ConfigureAwait(false);
        var w2 = await W2Async(cancellationToken).ConfigureAwait(false);
        var indicators = await IndicatorsAsync(sources[0]).ConfigureAwait(false);
        var w5 = await new RiskOverheadRunner(settings, log).RunAsync(cancellationToken).ConfigureAwait(false);
        return new BenchReport(settings.IsQuick, MachineInfo(), w1.Report, w2, indicators, w1.Baseline, w5);
    }

    private async Task<(W1Report Report, BaselineReport Baseline)> W1Async(IReadOnlyList<BarSeries> sources, CancellationToken ct)
    {
        var series = BenchData.Stitch(sources, settings.W1Bars);
        var shortSeries = BenchData.Stitch(sources, settings.W1ShortBars);
        Log($"W1: sma-cross {SmaCrossWorkload.Fast}/{SmaCrossWorkload.Slow} over {series.Count:N0} bars ({series.Source})");

        var reference = RunFingerprint.Of(await SmaCrossWorkload.RunAsync(series, null, ct).ConfigureAwait(false));
        var shortReference = RunFingerprint.Of(await SmaCrossWorkload.RunAsync(shortSeries, null, ct).ConfigureAwait(false));
        var decimalSum = SumDecimal(series);
        var doubleSum = SumDouble(series);
        await WarmUpAsync(async () =>
        {
            var (seconds, _, _) = await TimedAsync(() => SmaCrossWorkload.RunAsync(series, null, ct), reference, "W1").ConfigureAwait(false);
            await TimedAsync(() => SmaCrossWorkload.RunAsync(shortSeries, null, ct), shortReference, "W1 short").ConfigureAwait(false);
            TimeBaseline(() => SumDecimal(series), decimalSum);
            TimeBaseline(() => SumDouble(series), doubleSum);
            return seconds;
        }, "W1").ConfigureAwait(false);

        var ns = new List<double>();
        var cpuNs = new List<double>();
        var shortNs = new List<double>();
        var ratios = new List<double>();
        var sumDecimalNs = new List<double>();
        var sumDoubleNs = new List<double>();
        long wholeRunBytes = 0, shortWholeRunBytes = 0;
        for (var i = 0; i < settings.MeasuredRuns; i++)
        {
            var (seconds, cpuSeconds, bytes) = await TimedAsync(() => SmaCrossWorkload.RunAsync(series, null, ct), reference, "W1").ConfigureAwait(false);
            var (shortSeconds, _, shortBytes) = await TimedAsync(() => SmaCrossWorkload.RunAsync(shortSeries, null, ct), shortReference, "W1 short").ConfigureAwait(false);
            var baseline = TimeBaseline(() => SumDecimal(series), decimalSum);
            var baselineDouble = TimeBaseline(() => SumDouble(series), doubleSum);
            ns.Add(seconds * 1e9 / series.Count);
            cpuNs.Add(cpuSeconds * 1e9 / series.Count);
            shortNs.Add(shortSeconds * 1e9 / shortSeries.Count);
            sumDecimalNs.Add(baseline * 1e9 / series.Count);
            sumDoubleNs.Add(baselineDouble * 1e9 / series.Count);
            ratios.Add(seconds / baseline);
            wholeRunBytes = bytes;
            shortWholeRunBytes = shortBytes;
            Log($"W1 run {i + 1}/{settings.MeasuredRuns}: {ns[^1]:0.0} ns/bar, baseline {sumDecimalNs[^1]:0.0} ns/bar");
        }
        double peakMb;
        using (var process = Process.GetCurrentProcess()) peakMb = process.PeakWorkingSet64 / (1024.0 * 1024.0);

        var probe = await ProbeAllocationsAsync(series, reference, ct).ConfigureAwait(false);
        var nsSummary = Summary.Of(ns);
        var shortSummary = Summary.Of(shortNs);
        var slope = ((nsSummary.Median * series.Count) - (shortSummary.Median * shortSeries.Count)) / (series.Count - shortSeries.Count);
        var report = new W1Report(
            series.Count,
            shortSeries.Count,
            nsSummary,
            Summary.Of(cpuNs),
            Summary.Of([.. ns.Select(x => 1e9 / x)]),
            shortSummary,
            slope,
            Summary.Of(ratios),
            probe.Bytes / (double)probe.Bars,
            probe.Bytes,
            probe.AllocatingBars,
            reference.Orders == 0 ? 0 : probe.Bytes / (double)reference.Orders,
            wholeRunBytes / (double)series.Count,
            (wholeRunBytes - shortWholeRunBytes) / (double)(series.Count - shortSeries.Count),
            peakMb,
            reference);
        return (report, new BaselineReport(series.Count, Summary.Of(sumDecimalNs), Summary.Of(sumDoubleNs)));
    }

    /// <summary>
    /// One extra (untimed) run that reads the thread's allocation counter after every time slice: the bytes between
    /// the first and the last slice are the event loop's, without setup, the preallocated equity curve or the result.
    /// </summary>
    private static async Task<(long Bytes, long Bars, int AllocatingBars)> ProbeAllocationsAsync(BarSeries series, RunFingerprint reference, CancellationToken ct)
    {
        var thread = Environment.CurrentManagedThreadId;
        long first = -1, last = -1;
        var allocating = 0;
        var sameThread = true;
        void OnSlice(int done, int total)
        {
            var now = GC.GetAllocatedBytesForCurrentThread();
            sameThread &= Environment.CurrentManagedThreadId == thread;
            if (first < 0) first = now;
            else if (now != last) allocating++;
            last = now;
        }
        var result = RunFingerprint.Of(await SmaCrossWorkload.RunAsync(series, OnSlice, ct).ConfigureAwait(false));
        Check(result, reference, "W1 allocation probe");
        if (!sameThread) throw new InvalidOperationException("The W1 event loop changed threads; its allocations cannot be attributed.");
        return (last - first, series.Count - 1, allocating);
    }

    private async Task<W2Report> W2Async(CancellationToken ct)
    {
        var universe = SyntheticUniverse.Create(settings.W2Instruments, settings.W2Bars, settings.Seed);
        long events = universe.Sum(s => (long)s.Count);
        Log($"W2: momentum top {settings.W2Top} over {settings.W2Instruments} instruments × {settings.W2Bars} bars ({events:N0} bar events)");
        var reference = RunFingerprint.Of(await MomentumWorkload.RunAsync(universe, settings.W2Top, ct).ConfigureAwait(false));
        if (reference.Fills == 0) throw new BenchCorrectnessException("W2 made no trades; the workload is not exercising the order path.");
        await WarmUpAsync(async () =>
        {
            var (seconds, _, _) = await TimedAsync(() => MomentumWorkload.RunAsync(universe, settings.W2Top, ct), reference, "W2").ConfigureAwait(false);
            return seconds;
        }, "W2").ConfigureAwait(false);
        var ms = new List<double>();
        var cpuMs = new List<double>();
        long bytes = 0;
        for (var i = 0; i < settings.MeasuredRuns; i++)
        {
            var (seconds, cpuSeconds, b) = await TimedAsync(() => MomentumWorkload.RunAsync(universe, settings.W2Top, ct), reference, "W2").ConfigureAwait(false);
            ms.Add(seconds * 1e3);
            cpuMs.Add(cpuSeconds * 1e3);
            bytes = b;
            Log($"W2 run {i + 1}/{settings.MeasuredRuns}: {ms[^1]:0.0} ms");
        }
        return new W2Report(settings.W2Instruments, settings.W2Bars, events, settings.W2Top, Summary.Of(ms), Summary.Of(cpuMs),
            Summary.Of([.. ms.Select(x => events / (x / 1e3))]), bytes / (double)events, reference);
    }

    private async Task<List<IndicatorFigure>> IndicatorsAsync(BarSeries real)
    {
        var bars = real.Bars.ToArray();
        var repetitions = Math.Max(1, settings.IndicatorUpdates / bars.Length);
        long updates = (long)repetitions * bars.Length;
        Log($"W4: {IndicatorWorkload.Specs.Count} indicators × {updates:N0} updates ({real.Source} repeated)");
        var figures = new List<IndicatorFigure>();
        foreach (var spec in IndicatorWorkload.Specs)
        {
            var reference = IndicatorWorkload.Run(IndicatorWorkload.Create(spec), bars, repetitions, viaInterface: false);
            var direct = await TimeIndicatorAsync(spec, bars, repetitions, false, reference).ConfigureAwait(false);
            var viaInterface = await TimeIndicatorAsync(spec, bars, repetitions, true, reference).ConfigureAwait(false);
            figures.Add(new IndicatorFigure(spec, updates, direct, viaInterface));
        }
        return figures;

        async Task<Summary> TimeIndicatorAsync(string spec, Bar[] b, int reps, bool viaInterface, double?[] reference)
        {
            double Once()
            {
                var indicator = IndicatorWorkload.Create(spec);
                var start = Stopwatch.GetTimestamp();
                var lines = IndicatorWorkload.Run(indicator, b, reps, viaInterface);
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                if (!lines.SequenceEqual(reference))
                    throw new BenchCorrectnessException($"W4 {spec}: final values {string.Join(",", lines)} differ from the reference {string.Join(",", reference)}.");
                return seconds * 1e9 / updates;
            }
            await WarmUpAsync(() => Task.FromResult(Once()), null, settings.IndicatorMinWarmupSeconds).ConfigureAwait(false);
            var samples = new List<double>();
            for (var i = 0; i < settings.MeasuredRuns; i++) samples.Add(Once());
            return Summary.Of(samples);
        }
    }

    /// <summary>
    /// Runs <paramref name="run"/> (which returns its time) at least <see cref="BenchSettings.WarmupRuns"/> times and
    /// for at least the minimum time, then until it stops getting faster: two runs in a row no more than 3% faster
    /// than the best before them. Tiered compilation keeps replacing code for a while (later on a busy machine),
    /// and a measured run must not still be part of that. Gives up after <see cref="BenchSettings.MaxWarmupSeconds"/>.
    /// </summary>
    private async Task WarmUpAsync(Func<Task<double>> run, string? what, double? minSeconds = null)
    {
        var start = Stopwatch.GetTimestamp();
        var best = double.MaxValue;
        var steady = 0;
        for (var i = 0; ; i++)
        {
            var time = await run().ConfigureAwait(false);
            steady = time >= best * 0.97 ? steady + 1 : 0;
            best = Math.Min(best, time);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (i + 1 >= settings.WarmupRuns && elapsed >= (minSeconds ?? settings.MinWarmupSeconds) && steady >= 2) break;
            if (elapsed >= settings.MaxWarmupSeconds)
            {
                if (what is not null) Log($"{what}: still getting faster after {elapsed:0} s of warm-up; measuring anyway");
                break;
            }
        }
    }

    /// <summary>
    /// Times one whole run after a full collection and checks it against the reference. Returns wall-clock seconds,
    /// the process's CPU seconds over the same interval, and the bytes allocated.
    /// </summary>
    private static async Task<(double Seconds, double CpuSeconds, long Bytes)> TimedAsync(Func<Task<KernelResult>> run, RunFingerprint reference, string what)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = CpuTime();
        var start = Stopwatch.GetTimestamp();
        var result = await run().ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var cpuSeconds = (CpuTime() - cpuBefore).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - bytesBefore;
        Check(RunFingerprint.Of(result), reference, what);
        return (seconds, cpuSeconds, bytes);
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double TimeBaseline<T>(Func<T> run, T expected)
    {
        var start = Stopwatch.GetTimestamp();
        var value = run();
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        if (!EqualityComparer<T>.Default.Equals(value, expected))
            throw new BenchCorrectnessException($"baseline sum {value} differs from {expected}");
        return seconds;
    }

    private static void Check(RunFingerprint actual, RunFingerprint reference, string what)
    {
        if (actual != reference)
            throw new BenchCorrectnessException($"{what}: run gave {actual}, the reference run gave {reference}; timings of a wrong run are not reported.");
    }

    /// <summary>The baseline: a plain loop summing the closes of the same bars (decimal, exact).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static decimal SumDecimal(BarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sum = 0m;
        foreach (ref readonly var bar in series.Bars) sum += bar.Close;
        return sum;
    }

    /// <summary>The same loop converting each close to double.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double SumDouble(BarSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var sum = 0.0;
        foreach (ref readonly var bar in series.Bars) sum += (double)bar.Close;
        return sum;
    }

    internal static MachineInfo MachineInfo()
    {
        var optimized = typeof(TradingKernel).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false)
            .OfType<DebuggableAttribute>().All(a => !a.IsJITOptimizerDisabled);
        return new MachineInfo(Environment.ProcessorCount, RuntimeInformation.FrameworkDescription, RuntimeInformation.OSDescription,
            RuntimeInformation.ProcessArchitecture.ToString(), GCSettings.IsServerGC, optimized ? "Release" : "Debug");
    }

    private void Log(string message) => log?.Invoke(message);
}
