using Ouroboros.Domain.Venues;
using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Sizing;
using Ouroboros.Domain.Instruments;
using Ouroboros.Risk.Gates;
using Ouroboros.Risk.Policy;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// A backtest as a user asks for it (a front end's inputs over configuration defaults): the one user-facing
/// description of a run. <see cref="RunBacktest"/> turns it into the engine's <c>BacktestSpec</c> once the data is
/// loaded and the strategy built; nothing else describes a run.
/// </summary>
public sealed record BacktestRequest
{
    public required string Strategy { get; init; }
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>CSV files or directories of CSV files (every *.csv inside is one instrument).</summary>
    public required IReadOnlyList<string> Data { get; init; }
    public decimal Cash { get; init; } = 100_000m;

    /// <summary>Commission in percent (0.1 = 0.1%). For venue models it overrides the venue's default commission.</summary>
    public decimal? CommissionPct { get; init; }
    public FillPolicy Fill { get; init; } = FillPolicy.NextOpen;
    public SizingPolicy Sizing { get; init; } = SizingPolicy.Parse("percent:10");
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// Bars shown to the strategy before it may trade (indicators, scanners and prompt history start warm). With
    /// <see cref="From"/>: up to this many bars per series before it, from the same files. Without: the first this
    /// many time slices of the data. Reports, statistics, equity and the benchmark start where trading does. Null:
    /// none, except for the playbook and llm strategies with a <see cref="From"/>, which warm up
    /// <see cref="Brain.BrainStrategies.DefaultWarmUpBars"/> bars so that the scanner, indicators and prompts start warm.
    /// </summary>
    public int? WarmUpBars { get; init; }
    public Venue Venue { get; init; } = Venue.Generic;
    public string? Benchmark { get; init; }
    public bool NoRisk { get; init; }
    public bool Adjusted { get; init; }
    public string? ReportPath { get; init; }
    public bool Save { get; init; } = true;

    /// <summary>The limits in effect (the policy, tightened by configuration).</summary>
    public RiskLimits Risk { get; init; } = RiskPolicy.Hard;

    /// <summary>Daily VIX closes for the VIX halt; needed when risk is on and the data trades on KRX or US venues.</summary>
    public string? VixFile { get; init; }

    /// <summary>Configured no-entry windows (events).</summary>
    public IReadOnlyList<BlackoutWindow> BlackoutWindows { get; init; } = [];

    /// <summary>Replay the backtest once per risk rule that acted, to show what each rule cost or saved.</summary>
    public bool RiskReport { get; init; }

    /// <summary>The LLM response cache mode for the playbook and llm strategies; null: the Llm:Cache setting.</summary>
    public Ai.Routing.CacheMode? LlmCache { get; init; }
}
