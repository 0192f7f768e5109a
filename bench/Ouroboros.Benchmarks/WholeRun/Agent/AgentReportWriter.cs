using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Ouroboros.Benchmarks.WholeRun.Agent;

/// <summary>The <c>ouroboros bench agent</c> table (medians with [min – max]) and its JSON form.</summary>
public static class AgentReportWriter
{
    public static string Text(AgentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Machine;
        var t = new StringBuilder();
        Line(t, $"Ouroboros bench agent{(report.Quick ? " (--quick)" : "")}: {m.Cores} cores, {m.Runtime}, {m.Os}, {m.Configuration}; load {report.LoadBefore} before, {report.LoadAfter} after");
        Line(t, "");
        foreach (var w in report.Throughput)
        {
            Line(t, $"{w.Strategy}: {w.Slices:N0} slices, {w.Bars:N0} bars, {w.Orders:N0} orders, {w.Fills:N0} fills, {w.JournalFlushesPerRun:N0} group commits per run, agent = backtest: {(w.Parity ? "yes" : "NO")}");
            Row(t, "   agent (RunAgent, SQLite journal)", w.AgentMs, "ms");
            Row(t, "   backtest (BacktestRunner)", w.BacktestMs, "ms");
            Row(t, "   agent bars per second", w.AgentBarsPerSecond, "bars/s", "N0");
            Row(t, "   agent slices per second", w.AgentSlicesPerSecond, "sl/s", "N0");
            Row(t, "   backtest bars per second", w.BacktestBarsPerSecond, "bars/s", "N0");
            Row(t, "   agent / backtest (per pair)", w.RatioPerPair, "×", "0.0");
        }
        Line(t, "");
        Line(t, "latency (ms)                              median      p99      max  samples");
        Lat(t, "persist-to-send (flush start → submit)", report.PersistToSendMs);
        Lat(t, "   pre-send group commit", report.PreSendCommitMs);
        Lat(t, "   other group commits (fills, slice end)", report.OtherCommitMs);
        Lat(t, "fsync floor: bare SQLite FULL commit", report.FsyncFloorMs);
        Lat(t, "exit: notification queue drain", report.NotificationDrainMs);
        Line(t, "");
        foreach (var r in report.Restarts)
        {
            Row(t, $"restart after {r.KilledAfterSlices.Median:N0} slices ({r.Strategy}, killed at checkpoint #{r.KillAtCheckpointHit})", r.RestartToTradingMs, "ms");
            Row(t, "   wall, RunAgent.PrepareAsync → slice done", r.RestartWallMs, "ms");
        }
        return t.ToString();
    }

    public static string Json(AgentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteBoolean("quick", report.Quick);
            w.WriteString("load_before", report.LoadBefore);
            w.WriteString("load_after", report.LoadAfter);
            w.WriteStartObject("throughput");
            foreach (var x in report.Throughput)
            {
                w.WriteStartObject(x.Strategy);
                w.WriteNumber("slices", x.Slices);
                w.WriteNumber("bars", x.Bars);
                w.WriteNumber("orders", x.Orders);
                w.WriteNumber("fills", x.Fills);
                w.WriteBoolean("parity", x.Parity);
                Figure(w, "agent_ms", x.AgentMs);
                Figure(w, "backtest_ms", x.BacktestMs);
                Figure(w, "agent_bars_per_second", x.AgentBarsPerSecond);
                Figure(w, "agent_slices_per_second", x.AgentSlicesPerSecond);
                Figure(w, "backtest_bars_per_second", x.BacktestBarsPerSecond);
                Figure(w, "ratio", x.RatioPerPair);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            Lat(w, "persist_to_send_ms", report.PersistToSendMs);
            Lat(w, "pre_send_commit_ms", report.PreSendCommitMs);
            Lat(w, "other_commit_ms", report.OtherCommitMs);
            Lat(w, "fsync_floor_ms", report.FsyncFloorMs);
            Lat(w, "notification_drain_ms", report.NotificationDrainMs);
            w.WriteStartArray("restarts");
            foreach (var r in report.Restarts)
            {
                w.WriteStartObject();
                w.WriteString("strategy", r.Strategy);
                w.WriteNumber("kill_at_checkpoint_hit", r.KillAtCheckpointHit);
                Figure(w, "killed_after_slices", r.KilledAfterSlices);
                Figure(w, "restart_to_trading_ms", r.RestartToTradingMs);
                Figure(w, "restart_wall_ms", r.RestartWallMs);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Figure(Utf8JsonWriter w, string name, Summary s)
    {
        w.WriteNumber(name, Math.Round(s.Median, 3));
        w.WriteNumber(name + "_min", Math.Round(s.Min, 3));
        w.WriteNumber(name + "_max", Math.Round(s.Max, 3));
    }

    private static void Lat(Utf8JsonWriter w, string name, Latency l)
    {
        w.WriteStartObject(name);
        if (l.Samples > 0)
        {
            w.WriteNumber("median", Math.Round(l.Median, 4));
            w.WriteNumber("p99", Math.Round(l.P99, 4));
            w.WriteNumber("max", Math.Round(l.Max, 4));
        }
        w.WriteNumber("samples", l.Samples);
        w.WriteEndObject();
    }

    private static void Lat(StringBuilder t, string label, Latency l) =>
        Line(t, $"{label,-40} {Num(l.Median, "0.000"),8} {Num(l.P99, "0.000"),8} {Num(l.Max, "0.000"),8} {l.Samples,8:N0}");

    private static void Row(StringBuilder t, string label, Summary s, string unit, string format = "0.0") =>
        Line(t, $"{label,-40} {Num(s.Median, format),12} {unit,-7} [{Num(s.Min, format)} – {Num(s.Max, format)}]");

    private static void Line(StringBuilder t, string text) => t.Append(text).Append('\n');

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
