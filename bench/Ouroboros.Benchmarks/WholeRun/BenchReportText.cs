using System.Globalization;
using System.Text;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>The human-readable bench table: medians with [min – max] of the measured runs.</summary>
public static class BenchReportText
{
    public static string Write(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w1 = report.W1;
        var w2 = report.W2;
        var b = report.Baseline;
        var m = report.Machine;
        var t = new StringBuilder();
        Line(t, $"Ouroboros bench{(report.Quick ? " (--quick)" : "")}: {m.Cores} cores, {m.Runtime}, {m.Os}, {m.Configuration}, {w1.NsPerBar.Runs} measured runs each");
        Line(t, "");
        Line(t, "workload                                   median          [min – max]");
        Row(t, $"W1 sma-cross 10/30, {w1.Bars:N0} bars", w1.BarsPerSecond, "bars/s", "N0");
        Row(t, "   time per bar (whole run)", w1.NsPerBar, "ns");
        Row(t, "   CPU time per bar", w1.CpuNsPerBar, "ns");
        Line(t, $"   per-bar slope ({w1.ShortBars:N0} → {w1.Bars:N0} bars)    {Num(w1.SlopeNsPerBar)} ns");
        Row(t, "   ratio to baseline", w1.RatioToBaseline, "×");
        Line(t, $"   allocated in the loop                   {Num(w1.BytesPerBar)} B/bar ({w1.AllocatingBars:N0} of {w1.Bars:N0} bars allocate; {Num(w1.BytesPerOrder, "N0")} B per order)");
        Line(t, $"   allocated by the whole run              {Num(w1.WholeRunBytesPerBar)} B/bar (slope {Num(w1.SlopeBytesPerBar)} B/bar; equity curve included)");
        Line(t, $"   peak working set                        {Num(w1.PeakWorkingSetMb, "N0")} MB");
        Line(t, $"   result                                  {w1.Result.Fills:N0} fills, {w1.Result.ClosedTrades:N0} round trips, final equity {w1.Result.FinalEquity.ToString("N2", CultureInfo.InvariantCulture)}");
        Row(t, "baseline: sum closes (decimal)", b.SumDecimalNsPerBar, "ns/bar");
        Row(t, "          sum closes (double)", b.SumDoubleNsPerBar, "ns/bar");
        Row(t, $"W2 momentum top {w2.Top}, {w2.Instruments}×{w2.Bars}", w2.Ms, "ms");
        Row(t, "   CPU time", w2.CpuMs, "ms");
        Row(t, "   bar events per second", w2.BarEventsPerSecond, "ev/s", "N0");
        Line(t, $"   result                                  {w2.Result.Fills:N0} fills, {w2.Result.Orders:N0} orders, final equity {w2.Result.FinalEquity.ToString("N2", CultureInfo.InvariantCulture)}");
        W5(t, report.W5);
        Line(t, "");
        Line(t, "W4 indicator        ns/update direct [min – max]        via IIndicator [min – max]");
        foreach (var f in report.Indicators)
        {
            Line(t, $"   {f.Spec,-16} {Num(f.NsDirect.Median),8} [{Num(f.NsDirect.Min)} – {Num(f.NsDirect.Max)}]".PadRight(55)
                + $"{Num(f.NsViaInterface.Median),8} [{Num(f.NsViaInterface.Min)} – {Num(f.NsViaInterface.Max)}]");
        }
        return t.ToString();
    }

    private static void W5(StringBuilder t, W5Report w5)
    {
        Row(t, $"W5 risk off, {w5.Instruments} KRX × {w5.Bars:N0} sma-cross", w5.OffMs, "ms");
        Row(t, "   risk on (17 gates + exit rules)", w5.OnMs, "ms");
        Row(t, "   risk on / off (per pair)", w5.RatioPerPair, "×");
        Line(t, $"   ratio of the medians                    {Num(w5.RatioOfMedians)} × (+{Num(w5.ExtraNsPerBarEvent)} ns per bar event)");
        Row(t, "   CPU time off", w5.OffCpuMs, "ms");
        Row(t, "   CPU time on", w5.OnCpuMs, "ms");
        Row(t, "   bar events per second off", w5.OffBarEventsPerSecond, "ev/s", "N0");
        Row(t, "   bar events per second on", w5.OnBarEventsPerSecond, "ev/s", "N0");
        Line(t, $"   allocated per bar event                 off {Num(w5.OffBytesPerBarEvent)} B, on {Num(w5.OnBytesPerBarEvent)} B (whole run)");
        Line(t, $"   result off                              {Outcome(w5.Off)}");
        Line(t, $"   result on                               {Outcome(w5.On)}");
        if (w5.On.Denials > 0) Line(t, $"   denied by                               {w5.On.DeniedByGate}");
    }

    private static string Outcome(RiskRunFingerprint r) =>
        $"{r.Run.Orders:N0} orders, {r.Denials:N0} denied, {r.Run.Fills:N0} fills, {r.Run.ClosedTrades:N0} round trips, {r.ExitSignals:N0} exit signals, "
        + $"{r.SkippedIntents:N0} skipped intents, final equity {r.Run.FinalEquity.ToString("N0", CultureInfo.InvariantCulture)}";

    private static void Row(StringBuilder t, string label, Summary s, string unit, string format = "0.00") =>
        Line(t, $"{label,-40} {Num(s.Median, format),14} {unit,-7} [{Num(s.Min, format)} – {Num(s.Max, format)}]");

    private static void Line(StringBuilder t, string text) => t.Append(text).Append('\n');

    private static string Num(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);
}
