using System.Text.Json;
using Ouroboros.Analytics.Reports;
using Ouroboros.Analytics.Statistics;
using Ouroboros.Analytics.Tests.Statistics;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Analytics.Tests.Reports;

public sealed class JsonReportWriterTests
{
    private static readonly string[] RequiredKeys =
    [
        "final_equity", "total_return", "cagr", "volatility", "sharpe", "sortino", "max_drawdown", "max_drawdown_duration_days",
        "calmar", "win_rate", "profit_factor", "avg_win", "avg_loss", "closed_trades", "open_trades", "fills", "fees", "exposure",
        "turnover", "bars", "start", "end", "monthly_returns", "benchmark",
    ];

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void The_report_contains_every_required_key_and_the_run_metadata_at_the_top_level()
    {
        var (html, _) = SampleRun.Create();
        var root = Parse(new JsonReportWriter().Write(html.Statistics, html.Run.ToMetadata()));

        foreach (var key in RequiredKeys) root.TryGetProperty(key, out _).ShouldBeTrue($"missing key {key}");
        root.GetProperty("run_id").GetString().ShouldBe("run-0001");
        root.GetProperty("strategy").GetString().ShouldBe("sma-cross");
        root.GetProperty("risk_enabled").GetBoolean().ShouldBeTrue();
        root.GetProperty("parameters").GetProperty("slow").GetString().ShouldBe("30");
        root.GetProperty("data").GetString().ShouldBe("data/AAA.csv (1d)");

        var benchmark = root.GetProperty("benchmark");
        foreach (var key in new[] { "symbol", "total_return", "cagr", "max_drawdown", "sharpe" })
            benchmark.TryGetProperty(key, out _).ShouldBeTrue($"missing benchmark key {key}");
        benchmark.GetProperty("symbol").GetString().ShouldBe("SPY");

        var month = root.GetProperty("monthly_returns")[0];
        month.GetProperty("year").GetInt32().ShouldBe(2023);
        month.GetProperty("month").GetInt32().ShouldBe(1);
        month.GetProperty("return").ValueKind.ShouldBe(JsonValueKind.Number);
        root.GetProperty("closed_trades").GetInt32().ShouldBe(html.Statistics.ClosedTrades);
    }

    [Fact]
    public void Undefined_statistics_are_written_as_null_never_as_zero()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(100m, 100m, 100m), 100m, BarInterval.OneDay));
        var root = Parse(new JsonReportWriter().Write(stats));

        foreach (var key in new[] { "sharpe", "sortino", "calmar", "win_rate", "profit_factor", "avg_win", "avg_loss", "benchmark" })
            root.GetProperty(key).ValueKind.ShouldBe(JsonValueKind.Null, key);
        root.GetProperty("volatility").GetDouble().ShouldBe(0);
        root.GetProperty("closed_trades").GetInt32().ShouldBe(0);
    }

    [Fact]
    public void Money_is_written_exactly_from_decimals()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(100m, 114.345m), 100m, BarInterval.OneDay));
        var root = Parse(new JsonReportWriter(indented: false).Write(stats));
        root.GetProperty("final_equity").GetDecimal().ShouldBe(114.345m);
        root.GetProperty("start").GetString().ShouldBe("2024-01-01T00:00:00+00:00");
    }

    [Fact]
    public void A_metadata_key_that_collides_with_a_statistic_is_rejected()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(100m, 101m), 100m, BarInterval.OneDay));
        Should.Throw<ArgumentException>(() => new JsonReportWriter().Write(stats, new Dictionary<string, object?> { ["sharpe"] = 3.0 }));
    }

    [Fact]
    public void The_metric_dictionary_uses_the_same_keys_and_keeps_nulls()
    {
        var stats = StatisticsCalculator.Compute(StatisticsInput.ForCurve(Curves.Daily(100m, 100m, 100m), 100m, BarInterval.OneDay));
        var metrics = JsonReportWriter.ToMetricDictionary(stats);
        metrics["sharpe"].ShouldBeNull();
        metrics["total_return"].ShouldBe(0);
        metrics["final_equity"].ShouldBe(100);
        metrics.ContainsKey("max_drawdown_duration_days").ShouldBeTrue();
        metrics.ContainsKey("benchmark_total_return").ShouldBeTrue();
        metrics.Values.ShouldAllBe(v => v == null || double.IsFinite(v.Value));
    }
}
