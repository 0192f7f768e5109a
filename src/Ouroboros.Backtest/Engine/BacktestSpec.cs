using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;

namespace Ouroboros.Backtest.Engine;

/// <summary>One backtest: data, strategy, account, venue models, fills, sizing and risk gates.</summary>
public sealed record BacktestSpec(
    IReadOnlyList<BarSeries> Series,
    IStrategy Strategy,
    string StrategyName,
    IReadOnlyDictionary<string, string> Parameters,
    decimal InitialCash,
    IReadOnlyList<VenueModel> VenueModels,
    FillPolicy FillPolicy,
    SizingPolicy Sizing,
    RiskEngine Risk,
    BarSeries? Benchmark = null)
{
    public bool RiskEnabled => Risk.IsEnabled;

    /// <summary>The market calendar of the data (trading dates, session events); null for none.</summary>
    public MarketCalendar? Calendar { get; init; }

    /// <summary>Stop-loss / trailing-stop / take-profit rules; null when risk is off.</summary>
    public PositionExitRules? Exits { get; init; }

    /// <summary>
    /// The first time to trade; earlier bars of <see cref="Series"/> are warm-up, shown to the strategy only (see
    /// <see cref="Core.Kernel.KernelSetup.TradeFrom"/>). Null: every bar trades.
    /// </summary>
    public DateTimeOffset? TradeFrom { get; init; }
}
