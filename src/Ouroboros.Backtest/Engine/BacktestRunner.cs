using Ouroboros.Domain.Venues;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Kernel;
using Ouroboros.Core.Ports;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Sinks;
using Ouroboros.Core.Time;

namespace Ouroboros.Backtest.Engine;

/// <summary>Wires the kernel to a replay inbox and the simulated broker, runs it on a simulated clock and records the result.</summary>
public static class BacktestRunner
{
    public static async Task<KernelResult> RunAsync(BacktestSpec spec, Action<int, int>? progress = null, CancellationToken cancellationToken = default) =>
        (await RunWithAccountAsync(spec, progress, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>
    /// Runs like <see cref="RunAsync"/> and also returns the simulated broker's paper account (opened with the initial
    /// cash), whose ledger must agree with the kernel's portfolio to the last decimal.
    /// </summary>
    public static async Task<(KernelResult Result, IBrokerAccount Account)> RunWithAccountAsync(BacktestSpec spec, Action<int, int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Series.Count == 0) throw new ArgumentException("A backtest needs at least one bar series.", nameof(spec));
        var empty = spec.Series.FirstOrDefault(s => s.Count == 0);
        if (empty is not null) throw new ArgumentException($"{empty.Source ?? empty.Instrument.Symbol} has no bars in the chosen range.", nameof(spec));
        var currencies = spec.Series.Select(s => s.Instrument.Currency).Distinct().ToArray();
        if (currencies.Length > 1)
            throw new ArgumentException($"One backtest trades one currency; the data mixes {string.Join(", ", currencies)}.", nameof(spec));

        var instruments = spec.Series.Select(s => s.Instrument).ToArray();
        var start = spec.Series.Min(s => s.First!.Value);
        var clock = new SimulatedTimeProvider(start);
        var broker = new SimulatedBroker(instruments, spec.VenueModels, spec.FillPolicy, spec.Series[0].Interval, clock, spec.InitialCash);
        var source = new ReplaySource(spec.Series);
        var recorder = new RunRecorder(source.ExpectedTimeSlices ?? 1024);
        var setup = new KernelSetup(instruments, spec.VenueModels, spec.Strategy, broker, spec.Risk, spec.Sizing,
            currencies[0], spec.InitialCash, clock, EndOfRunOrderJournal.Instance)
        {
            Calendar = spec.Calendar,
            DailyBars = !spec.Series[0].Interval.IsIntraday,
            Exits = spec.Exits,
            TradeFrom = spec.TradeFrom,
            Venue = broker,
            Sinks = [recorder],
        };
        var kernel = new TradingKernel(setup);
        var total = source.ExpectedTimeSlices ?? 0;
        Action<int>? onSlice = progress is null ? null : done => progress(done, total);
        var summary = await kernel.RunAsync(source, onSlice, cancellationToken).ConfigureAwait(false);
        return (recorder.ToResult(summary), broker);
    }
}
