using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ouroboros.Analytics.Statistics;
using N = Ouroboros.Analytics.Statistics.MetricNames;

namespace Ouroboros.Analytics.Reports;

/// <summary>
/// Writes <see cref="PerformanceStatistics"/> and run metadata as one JSON object with snake_case keys.
/// Money is written from decimals (exact), ratios as doubles, undefined values as null. Key list: Reports/README.md.
/// </summary>
public sealed class JsonReportWriter
{
    private readonly JsonWriterOptions _options;

    /// <summary>Relaxed escaping keeps non-ASCII text (e.g. Korean names) readable; the output is a file, never inlined in HTML.</summary>
    public JsonReportWriter(bool indented = true) =>
        _options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The report as a JSON string. Metadata keys come first; one that collides with a statistics key is a bug and throws.</summary>
    public string Write(PerformanceStatistics statistics, IReadOnlyDictionary<string, object?>? metadata = null)
    {
        using var stream = new MemoryStream();
        Write(stream, statistics, metadata);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    public void Write(Stream output, PerformanceStatistics statistics, IReadOnlyDictionary<string, object?>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(statistics);
        using var writer = new Utf8JsonWriter(output, _options);
        writer.WriteStartObject();
        if (metadata is not null)
        {
            foreach (var (key, value) in metadata)
            {
                if (ReservedKeys.Contains(key))
                    throw new ArgumentException($"Metadata key '{key}' collides with a statistics key of the report.", nameof(metadata));
                writer.WritePropertyName(key);
                JsonValueWriter.Write(writer, value);
            }
        }
        WriteStatistics(writer, statistics);
        writer.WriteEndObject();
    }

    /// <summary>The scalar metrics for storage; the same as <see cref="PerformanceStatistics.ToMetricDictionary"/>.</summary>
    public static IReadOnlyDictionary<string, double?> ToMetricDictionary(PerformanceStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return statistics.ToMetricDictionary();
    }

    private static readonly HashSet<string> ReservedKeys = new(StringComparer.Ordinal)
    {
        N.Start, N.End, N.Bars, N.PeriodsPerYear, N.InitialCash, N.FinalEquity, N.TotalReturn, N.Cagr, N.Volatility, N.Sharpe,
        N.Sortino, N.Calmar, N.MaxDrawdown, N.MaxDrawdownPeak, N.MaxDrawdownTrough, N.MaxDrawdownDurationDays,
        N.MaxDrawdownDurationBars, N.MaxDrawdownDurationOngoing, N.CurrentDrawdown, N.ClosedTrades, N.OpenTrades, N.WinningTrades, N.LosingTrades, N.WinRate, N.ProfitFactor,
        N.GrossProfit, N.GrossLoss, N.RealizedPnl, N.UnrealizedPnl, N.AvgTrade, N.AvgWin, N.AvgLoss, N.LargestWin, N.LargestLoss,
        N.AvgHoldingDays, N.Fills, N.Fees, N.TradedNotional, N.BarsInMarket, N.Exposure, N.Turnover, N.AnnualTurnover,
        N.Benchmark, N.MonthlyReturns, N.YearlyReturns,
    };

    private static void WriteStatistics(Utf8JsonWriter w, PerformanceStatistics s)
    {
        Time(w, N.Start, s.Start);
        Time(w, N.End, s.End);
        w.WriteNumber(N.Bars, s.Bars);
        Double(w, N.PeriodsPerYear, s.PeriodsPerYear);
        w.WriteNumber(N.InitialCash, s.InitialCash);
        w.WriteNumber(N.FinalEquity, s.FinalEquity);
        Double(w, N.TotalReturn, s.TotalReturn);
        Double(w, N.Cagr, s.Cagr);
        Double(w, N.Volatility, s.Volatility);
        Double(w, N.Sharpe, s.Sharpe);
        Double(w, N.Sortino, s.Sortino);
        Double(w, N.Calmar, s.Calmar);
        Double(w, N.MaxDrawdown, s.MaxDrawdown);
        Time(w, N.MaxDrawdownPeak, s.MaxDrawdownPeak);
        Time(w, N.MaxDrawdownTrough, s.MaxDrawdownTrough);
        Double(w, N.MaxDrawdownDurationDays, s.MaxDrawdownDuration?.TotalDays);
        Int(w, N.MaxDrawdownDurationBars, s.MaxDrawdownDurationBars);
        w.WriteBoolean(N.MaxDrawdownDurationOngoing, s.MaxDrawdownDurationOngoing);
        Double(w, N.CurrentDrawdown, s.CurrentDrawdown);
        w.WriteNumber(N.ClosedTrades, s.ClosedTrades);
        w.WriteNumber(N.OpenTrades, s.OpenTrades);
        w.WriteNumber(N.WinningTrades, s.WinningTrades);
        w.WriteNumber(N.LosingTrades, s.LosingTrades);
        Double(w, N.WinRate, s.WinRate);
        Double(w, N.ProfitFactor, s.ProfitFactor);
        w.WriteNumber(N.GrossProfit, s.GrossProfit);
        w.WriteNumber(N.GrossLoss, s.GrossLoss);
        w.WriteNumber(N.RealizedPnl, s.RealizedPnl);
        w.WriteNumber(N.UnrealizedPnl, s.UnrealizedPnl);
        Money(w, N.AvgTrade, s.AverageTrade);
        Money(w, N.AvgWin, s.AverageWin);
        Money(w, N.AvgLoss, s.AverageLoss);
        Money(w, N.LargestWin, s.LargestWin);
        Money(w, N.LargestLoss, s.LargestLoss);
        Double(w, N.AvgHoldingDays, s.AverageHoldingTime?.TotalDays);
        w.WriteNumber(N.Fills, s.Fills);
        w.WriteNumber(N.Fees, s.TotalFees);
        w.WriteNumber(N.TradedNotional, s.TradedNotional);
        Int(w, N.BarsInMarket, s.BarsInMarket);
        Double(w, N.Exposure, s.Exposure);
        Double(w, N.Turnover, s.Turnover);
        Double(w, N.AnnualTurnover, s.AnnualTurnover);
        WriteBenchmark(w, s.Benchmark);
        WriteCalendar(w, s);
    }

    private static void WriteBenchmark(Utf8JsonWriter w, BenchmarkStatistics? b)
    {
        if (b is null)
        {
            w.WriteNull(N.Benchmark);
            return;
        }
        w.WriteStartObject(N.Benchmark);
        w.WriteString("symbol", b.Symbol);
        Time(w, N.Start, b.Start);
        Time(w, N.End, b.End);
        w.WriteNumber("start_price", b.StartPrice);
        w.WriteNumber("end_price", b.EndPrice);
        Double(w, N.TotalReturn, b.TotalReturn);
        Double(w, N.Cagr, b.Cagr);
        Double(w, N.MaxDrawdown, b.MaxDrawdown);
        Double(w, N.Sharpe, b.Sharpe);
        Double(w, N.ExcessReturn, b.ExcessReturn);
        w.WriteEndObject();
    }

    private static void WriteCalendar(Utf8JsonWriter w, PerformanceStatistics s)
    {
        w.WriteStartArray(N.MonthlyReturns);
        foreach (var m in s.MonthlyReturns)
        {
            w.WriteStartObject();
            w.WriteNumber("year", m.Year);
            w.WriteNumber("month", m.Month);
            Double(w, "return", m.Return);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(N.YearlyReturns);
        foreach (var y in s.YearlyReturns)
        {
            w.WriteStartObject();
            w.WriteNumber("year", y.Year);
            Double(w, "return", y.Return);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Double(Utf8JsonWriter w, string key, double? value)
    {
        w.WritePropertyName(key);
        JsonValueWriter.Number(w, value);
    }

    private static void Money(Utf8JsonWriter w, string key, decimal? value)
    {
        if (value is { } v) w.WriteNumber(key, v);
        else w.WriteNull(key);
    }

    private static void Int(Utf8JsonWriter w, string key, int? value)
    {
        if (value is { } v) w.WriteNumber(key, v);
        else w.WriteNull(key);
    }

    private static void Time(Utf8JsonWriter w, string key, DateTimeOffset? value)
    {
        if (value is { } v) w.WriteString(key, v.ToUniversalTime());
        else w.WriteNull(key);
    }
}
