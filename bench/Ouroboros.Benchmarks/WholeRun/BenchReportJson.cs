using System.Text;
using System.Text.Json;

namespace Ouroboros.Benchmarks.WholeRun;

/// <summary>
/// The machine-readable bench result: <c>w1</c>, <c>w2</c>, <c>indicators</c> (spec → median ns per update, direct
/// call), <c>baseline</c> and <c>w5</c> (risk overhead), each headline figure a median with <c>_min</c>/<c>_max</c>
/// beside it, plus extra keys.
/// </summary>
public static class BenchReportJson
{
    public static string Write(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            W1(w, report.W1);
            W2(w, report.W2);
            w.WriteStartObject("indicators");
            foreach (var f in report.Indicators) w.WriteNumber(f.Spec, Round(f.NsDirect.Median));
            w.WriteEndObject();
            w.WriteStartObject("indicators_via_interface");
            foreach (var f in report.Indicators) w.WriteNumber(f.Spec, Round(f.NsViaInterface.Median));
            w.WriteEndObject();
            w.WriteStartObject("indicators_range");
            foreach (var f in report.Indicators)
            {
                w.WriteStartObject(f.Spec);
                Range(w, "direct", f.NsDirect);
                Range(w, "via_interface", f.NsViaInterface);
                w.WriteNumber("updates", f.Updates);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            Baseline(w, report.Baseline);
            W5(w, report.W5);
            Machine(w, report);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void W1(Utf8JsonWriter w, W1Report r)
    {
        w.WriteStartObject("w1");
        Figure(w, "bars_per_second", r.BarsPerSecond, 0);
        Figure(w, "ns_per_bar", r.NsPerBar);
        w.WriteNumber("bytes_per_bar", Round(r.BytesPerBar));
        Figure(w, "cpu_ns_per_bar", r.CpuNsPerBar);
        w.WriteNumber("peak_mb", Round(r.PeakWorkingSetMb, 1));
        w.WriteNumber("bars", r.Bars);
        w.WriteNumber("runs", r.NsPerBar.Runs);
        w.WriteNumber("ns_per_bar_slope", Round(r.SlopeNsPerBar));
        w.WriteNumber("short_bars", r.ShortBars);
        Figure(w, "short_ns_per_bar", r.ShortNsPerBar);
        Figure(w, "ratio_to_baseline", r.RatioToBaseline);
        w.WriteNumber("loop_bytes", r.LoopBytes);
        w.WriteNumber("allocating_bars", r.AllocatingBars);
        w.WriteNumber("bytes_per_order", Round(r.BytesPerOrder, 0));
        w.WriteNumber("whole_run_bytes_per_bar", Round(r.WholeRunBytesPerBar));
        w.WriteNumber("whole_run_bytes_per_bar_slope", Round(r.SlopeBytesPerBar));
        Result(w, r.Result);
        w.WriteEndObject();
    }

    private static void W2(Utf8JsonWriter w, W2Report r)
    {
        w.WriteStartObject("w2");
        Figure(w, "ms", r.Ms);
        Figure(w, "cpu_ms", r.CpuMs);
        Figure(w, "bar_events_per_second", r.BarEventsPerSecond, 0);
        w.WriteNumber("instruments", r.Instruments);
        w.WriteNumber("bars", r.Bars);
        w.WriteNumber("bar_events", r.BarEvents);
        w.WriteNumber("top", r.Top);
        w.WriteNumber("runs", r.Ms.Runs);
        w.WriteNumber("whole_run_bytes_per_bar_event", Round(r.BytesPerBarEvent));
        Result(w, r.Result);
        w.WriteEndObject();
    }

    private static void W5(Utf8JsonWriter w, W5Report r)
    {
        w.WriteStartObject("w5");
        w.WriteString("what", "sma-cross over synthetic KRX stocks with the KRX calendar, RiskEngine.None vs the standard risk engine + exit rules, alternating pairs");
        Figure(w, "off_ms", r.OffMs);
        Figure(w, "on_ms", r.OnMs);
        Figure(w, "ratio", r.RatioPerPair);
        w.WriteNumber("ratio_of_medians", Round(r.RatioOfMedians));
        w.WriteNumber("extra_ns_per_bar_event", Round(r.ExtraNsPerBarEvent));
        Figure(w, "off_cpu_ms", r.OffCpuMs);
        Figure(w, "on_cpu_ms", r.OnCpuMs);
        Figure(w, "off_bar_events_per_second", r.OffBarEventsPerSecond, 0);
        Figure(w, "on_bar_events_per_second", r.OnBarEventsPerSecond, 0);
        w.WriteNumber("off_whole_run_bytes_per_bar_event", Round(r.OffBytesPerBarEvent));
        w.WriteNumber("on_whole_run_bytes_per_bar_event", Round(r.OnBytesPerBarEvent));
        w.WriteNumber("instruments", r.Instruments);
        w.WriteNumber("bars", r.Bars);
        w.WriteNumber("bar_events", r.BarEvents);
        w.WriteNumber("sizing_percent", r.SizingPercent);
        w.WriteNumber("pairs", r.RatioPerPair.Runs);
        RiskResult(w, "off", r.Off);
        RiskResult(w, "on", r.On);
        w.WriteEndObject();
    }

    private static void RiskResult(Utf8JsonWriter w, string name, RiskRunFingerprint r)
    {
        w.WriteStartObject(name);
        Result(w, r.Run);
        w.WriteNumber("risk_decisions", r.Decisions);
        w.WriteNumber("denials", r.Denials);
        w.WriteString("denied_by", r.DeniedByGate);
        w.WriteNumber("exit_signals", r.ExitSignals);
        w.WriteNumber("state_changes", r.StateChanges);
        w.WriteNumber("alerts", r.Alerts);
        w.WriteNumber("skipped_intents", r.SkippedIntents);
        w.WriteEndObject();
    }

    private static void Baseline(Utf8JsonWriter w, BaselineReport r)
    {
        w.WriteStartObject("baseline");
        w.WriteString("what", "plain loop summing the closes of the W1 bars (decimal), measured right after each W1 run");
        Figure(w, "ns_per_bar", r.SumDecimalNsPerBar);
        Figure(w, "double_sum_ns_per_bar", r.SumDoubleNsPerBar);
        w.WriteNumber("bars", r.Bars);
        w.WriteEndObject();
    }

    private static void Machine(Utf8JsonWriter w, BenchReport report)
    {
        w.WriteStartObject("machine");
        w.WriteNumber("cores", report.Machine.Cores);
        w.WriteString("runtime", report.Machine.Runtime);
        w.WriteString("os", report.Machine.Os);
        w.WriteString("architecture", report.Machine.Architecture);
        w.WriteBoolean("server_gc", report.Machine.ServerGc);
        w.WriteString("configuration", report.Machine.Configuration);
        w.WriteEndObject();
        w.WriteBoolean("quick", report.Quick);
    }

    private static void Result(Utf8JsonWriter w, RunFingerprint r)
    {
        w.WriteStartObject("result");
        w.WriteNumber("bars", r.Bars);
        w.WriteNumber("orders", r.Orders);
        w.WriteNumber("fills", r.Fills);
        w.WriteNumber("closed_trades", r.ClosedTrades);
        w.WriteNumber("final_equity", r.FinalEquity);
        w.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter w, string name, Summary s, int digits = 3)
    {
        w.WriteNumber(name, Round(s.Median, digits));
        w.WriteNumber(name + "_min", Round(s.Min, digits));
        w.WriteNumber(name + "_max", Round(s.Max, digits));
    }

    private static void Range(Utf8JsonWriter w, string name, Summary s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("median", Round(s.Median));
        w.WriteNumber("min", Round(s.Min));
        w.WriteNumber("max", Round(s.Max));
        w.WriteEndObject();
    }

    private static double Round(double value, int digits = 3) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
