using Ouroboros.Backtest.Engine;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Agent;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;
using Ouroboros.Risk.Policy;
using Ouroboros.Strategies;

namespace Ouroboros.Live.Tests.Parity;

/// <summary>
/// One backtest and one agent session built from the same parts, the way the application's preparation builds them
/// (KRX venue models and calendar, the hard risk policy with the VIX gate, or no risk): every call makes fresh
/// strategy, risk and exit instances, so no run can lean on another's state.
/// </summary>
internal sealed record ReplayRig(string Strategy, IReadOnlyList<BarSeries> Series, bool RiskOn)
{
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public DateTimeOffset? TradeFrom { get; init; }

    /// <summary>Halts last until an operator resumes, as in the agent; otherwise they lift the next trading day, as in research backtests.</summary>
    public bool LiveRisk { get; init; }

    public decimal Cash { get; init; } = 10_000_000m;

    public SizingPolicy Sizing { get; init; } = SizingPolicy.Parse("percent:10");

    public IReadOnlyList<VenueModel> Models => [.. Series.Select(s => VenueRules.Model(s.Instrument.Venue, null))];

    public IStrategy NewStrategy() => BuiltInStrategies.Create(Strategy, Parameters).Strategy;

    public BacktestSpec Backtest()
    {
        var (risk, exits) = NewRisk();
        return new BacktestSpec(Series, NewStrategy(), Strategy, Parameters, Cash, Models, FillPolicy.NextOpen, Sizing, risk)
        {
            Calendar = MarketCalendars.Krx,
            Exits = exits,
            TradeFrom = TradeFrom,
        };
    }

    /// <summary>A fresh run of the session whose journal is <paramref name="journal"/>, resuming after <paramref name="resumeAfter"/> slices.</summary>
    public AgentRunSpec Agent(ISessionJournal journal, string prefix, long resumeAfter = 0, IReadOnlyList<AgentInput>? inputs = null)
    {
        var (risk, exits) = NewRisk();
        return new AgentRunSpec(Series, NewStrategy(), Models, FillPolicy.NextOpen, Sizing, risk, Cash, journal, prefix)
        {
            Calendar = MarketCalendars.Krx,
            Exits = exits,
            TradeFrom = TradeFrom,
            ResumeAfterSlices = resumeAfter,
            JournaledInputs = inputs ?? [],
        };
    }

    public override string ToString() => $"{Strategy} risk {(RiskOn ? "on" : "off")}{(TradeFrom is { } t ? $" trading from {t:yyyy-MM-dd}" : "")}";

    private (RiskEngine Risk, PositionExitRules? Exits) NewRisk()
    {
        if (!RiskOn) return (RiskEngine.None, null);
        var env = new RiskEnvironment(RiskPolicy.Hard, KrxData.Vix, MarketCalendars.Krx, []);
        return (StandardRiskEngine.Create(env, backtest: !LiveRisk), StandardRiskEngine.Exits(env));
    }
}
