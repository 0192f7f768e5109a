using Ouroboros.Domain.Venues;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Instruments;
using Microsoft.Extensions.DependencyInjection;
using Ouroboros.Application.Backtests;
using Ouroboros.Hosting.Configuration;
using Ouroboros.Storage.Sqlite;
using Ouroboros.TestKit;

namespace Ouroboros.Hosting.Tests.Golden;

/// <summary>
/// Lean-style regression: each built-in strategy's statistics on bundled real data are checked in. Any change in
/// behaviour shows as a diff of these files. Regenerate deliberately with OUROBOROS_UPDATE_GOLDEN=1.
/// </summary>
public sealed class GoldenBacktestTests
{
    public static TheoryData<string> Cases() => [.. GoldenCases.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Golden_backtest_matches_its_checked_in_statistics(string name)
    {
        var request = GoldenCases.All[name];
        using var tmp = new TempDirectory();
        await using var services = Composition.Build(OuroborosOptions.Defaults with { UseCache = false }, new SqliteStoreOptions { Path = tmp.File("g.db") });
        var outcome = await services.GetRequiredService<RunBacktest>().ExecuteAsync(request with { Save = false });
        var actual = Summarise(outcome).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        var path = Path.Combine(RepoPaths.Root, "tests", "Ouroboros.Hosting.Tests", "Golden", name + ".golden.json");
        if (Environment.GetEnvironmentVariable("OUROBOROS_UPDATE_GOLDEN") == "1") await File.WriteAllTextAsync(path, actual);
        File.Exists(path).ShouldBeTrue($"{path} is missing; run with OUROBOROS_UPDATE_GOLDEN=1 to create it");
        actual.ShouldBe(await File.ReadAllTextAsync(path), $"golden statistics of {name} changed; if intended, regenerate with OUROBOROS_UPDATE_GOLDEN=1 and review the diff");
    }

    [Fact]
    public void Every_golden_case_trades_and_every_strategy_has_one()
    {
        // A golden run that never trades would pin nothing: each checked-in file must record fills.
        foreach (var name in GoldenCases.All.Keys)
        {
            var path = Path.Combine(RepoPaths.Root, "tests", "Ouroboros.Hosting.Tests", "Golden", name + ".golden.json");
            using var golden = JsonDocument.Parse(File.ReadAllText(path));
            golden.RootElement.GetProperty("fills").GetInt32().ShouldBeGreaterThan(0, name);
        }
        GoldenCases.All.Keys.ShouldContain(k => k.StartsWith("sma-cross", StringComparison.Ordinal));
        GoldenCases.All.Keys.ShouldContain(k => k.StartsWith("momentum", StringComparison.Ordinal));
        GoldenCases.All.Keys.ShouldContain(k => k.StartsWith("triple-rsi", StringComparison.Ordinal));
    }

    private static JsonObject Summarise(BacktestResult outcome)
    {
        var s = outcome.Statistics;
        var fills = string.Join("\n", outcome.Run.Fills.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $"{f.Time:O}|{f.Instrument}|{f.Side}|{f.Quantity}|{f.Price}|{f.Fee}")));
        var denials = outcome.Run.RiskDecisions.Where(d => !d.Approved).GroupBy(d => d.Gate!).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var o = new JsonObject
        {
            ["bars"] = s.Bars,
            ["start"] = s.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["end"] = s.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["final_equity"] = s.FinalEquity.ToString(CultureInfo.InvariantCulture),
            ["total_return"] = R(s.TotalReturn),
            ["cagr"] = R(s.Cagr),
            ["volatility"] = R(s.Volatility),
            ["sharpe"] = R(s.Sharpe),
            ["sortino"] = R(s.Sortino),
            ["max_drawdown"] = R(s.MaxDrawdown),
            ["max_drawdown_days"] = s.MaxDrawdownDuration?.TotalDays,
            ["calmar"] = R(s.Calmar),
            ["win_rate"] = R(s.WinRate),
            ["profit_factor"] = R(s.ProfitFactor),
            ["closed_trades"] = s.ClosedTrades,
            ["open_trades"] = s.OpenTrades,
            ["fills"] = s.Fills,
            ["fees"] = s.TotalFees.ToString(CultureInfo.InvariantCulture),
            ["exposure"] = R(s.Exposure),
            ["orders"] = outcome.Run.Orders.Count,
            ["risk_denials"] = JsonSerializer.SerializeToNode(denials),
            ["skipped_intents"] = outcome.Run.SkippedIntents.Count,
            ["fills_sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fills))),
        };
        return o;
    }

    private static string? R(double? v) => v?.ToString("0.##########", CultureInfo.InvariantCulture);
}

/// <summary>The pinned runs: one or more per built-in strategy, on files bundled in data/.</summary>
internal static class GoldenCases
{
    private static readonly string Vix = RepoPaths.Data("vix", "VIX-close-daily-1993-2025.csv");

    public static readonly IReadOnlyDictionary<string, BacktestRequest> All = new Dictionary<string, BacktestRequest>
    {
        ["sma-cross-spy-no-risk"] = new()
        {
            Strategy = "sma-cross", Parameters = new Dictionary<string, string> { ["fast"] = "10", ["slow"] = "30" },
            Data = [RepoPaths.Data("us", "yahoo-SPY-daily.csv")], Cash = 100_000m, CommissionPct = 0.1m,
            Fill = FillPolicy.NextOpen, Sizing = SizingPolicy.AllInPolicy, NoRisk = true,
        },
        ["sma-cross-kodex200-krx"] = new()
        {
            Strategy = "sma-cross", Parameters = new Dictionary<string, string> { ["fast"] = "20", ["slow"] = "60" },
            Data = [RepoPaths.Data("kr", "krx-069500-daily.csv")], Cash = 10_000_000m, Venue = Venue.Krx,
            Sizing = SizingPolicy.Parse("percent:10"), VixFile = Vix,
        },
        ["momentum-kr-etfs-krx"] = new()
        {
            Strategy = "momentum", Data = [RepoPaths.Data("kr")], Cash = 1_000_000m, Venue = Venue.Krx, VixFile = Vix,
        },
        ["momentum-kr-etfs-krx-no-risk"] = new()
        {
            Strategy = "momentum", Data = [RepoPaths.Data("kr")], Cash = 1_000_000m, Venue = Venue.Krx, NoRisk = true,
        },
        ["triple-rsi-kodex-leverage-krx"] = new()
        {
            Strategy = "triple-rsi", Data = [RepoPaths.Data("kr", "krx-122630-daily.csv")], Cash = 5_000_000m, Venue = Venue.Krx,
            Sizing = SizingPolicy.Parse("percent:10"), VixFile = Vix,
        },
    };
}
