using Ouroboros.Application.Backtests;

namespace Ouroboros.Application.Agents;

/// <summary>
/// An agent session as an operator asks for it. Paper trading on a market replay of stored bars is the embedded
/// default; brokers other than the paper one need their adapters and, for real money, an explicit live mode.
/// </summary>
public sealed record RunAgentRequest
{
    /// <summary>paper, kis, kis-vts, bybit, bybit-testnet or bybit-demo.</summary>
    public string Broker { get; init; } = "paper";

    /// <summary>paper or live (the seeds' MODE); live must be said explicitly for a real-money broker.</summary>
    public string Mode { get; init; } = "paper";

    /// <summary>Markets to trade (KR, US, ...); empty: the markets of the replayed data.</summary>
    public IReadOnlyList<string> Markets { get; init; } = [];

    /// <summary>The run's strategy, data (the replay), account, fills, sizing and risk: the same fields as a backtest.</summary>
    public required BacktestRequest Run { get; init; }

    /// <summary>Replay speed in simulated seconds per real second; null: as fast as possible.</summary>
    public double? Speed { get; init; }

    /// <summary>The speed as the operator wrote it, for the message when it is not a speed (<see cref="Speed"/> is then NaN).</summary>
    public string? SpeedText { get; init; }

    public DateOnly? Until { get; init; }
    public int? Days { get; init; }

    /// <summary>daily or realtime (the seeds' TRADE_MODE).</summary>
    public string TradeMode { get; init; } = "daily";

    public int PreMarketMinutes { get; init; } = 30;
    public int RescanIntervalSeconds { get; init; } = 300;
    public int DailySessions { get; init; } = 1;
    public double SessionIntervalHours { get; init; } = 4;
    public int PlannerTimeoutSeconds { get; init; } = 60;

    /// <summary>Cancel working orders when the agent stops (Run:CancelOnExit); otherwise they are kept.</summary>
    public bool CancelOnExit { get; init; }

    /// <summary>Seconds between reconciliations with the broker (Reconcile:IntervalSeconds); also one when trading starts.</summary>
    public int ReconcileIntervalSeconds { get; init; } = 60;

    /// <summary>Start a new session even if the account has an unfinished one with other settings.</summary>
    public bool NewSession { get; init; }
}
