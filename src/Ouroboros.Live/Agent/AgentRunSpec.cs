using Ouroboros.Brokers.Simulated;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Faults;
using Ouroboros.Core.Notifications;
using Ouroboros.Core.Reconciliation;
using Ouroboros.Core.Sizing;
using Ouroboros.Core.Strategies;
using Ouroboros.Domain.Bars;
using Ouroboros.Domain.Calendars;
using Ouroboros.Domain.Venues;
using Ouroboros.Live.Replay;
using Ouroboros.Risk.Engine;
using Ouroboros.Risk.Exits;

namespace Ouroboros.Live.Agent;

/// <summary>
/// One run of an agent session with the paper broker (or a broker outside the process, <see cref="Broker"/>), on a market replay or a live feed (<see cref="Live"/>): what the kernel is built from (the very
/// parts a backtest of the same data is built from), the session's journal and where it resumes, and how fast to go.
/// </summary>
public sealed record AgentRunSpec(
    IReadOnlyList<BarSeries> Series,
    IStrategy Strategy,
    IReadOnlyList<VenueModel> VenueModels,
    FillPolicy FillPolicy,
    SizingPolicy Sizing,
    RiskEngine Risk,
    decimal InitialCash,
    ISessionJournal Journal,
    string OrderIdPrefix)
{
    public PositionExitRules? Exits { get; init; }

    public MarketCalendar? Calendar { get; init; }

    /// <summary>Slices before this time are warm-up (see the kernel's setup).</summary>
    public DateTimeOffset? TradeFrom { get; init; }

    /// <summary>Slices already done in earlier runs of the session (the last checkpoint's count, warm-up slices included: the replay's numbering); 0 for a fresh session.</summary>
    public long ResumeAfterSlices { get; init; }

    /// <summary>Inputs journaled by earlier runs (operator commands), re-applied at their place in the stream.</summary>
    public IReadOnlyList<AgentInput> JournaledInputs { get; init; } = [];

    public ReplaySpeed Speed { get; init; } = ReplaySpeed.Max;

    /// <summary>Stop after this many trading days of the session (counted from its first slice, across restarts).</summary>
    public int? TradingDays { get; init; }

    /// <summary>Stop before the first slice whose trading date is after this.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The machine's clock: paces the replay and stamps heartbeats. The kernel itself runs on the data's time.</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;

    public ICrashPoints CrashPoints { get; init; } = NoCrashPoints.Instance;

    /// <summary>Where notifications go (a queue that never blocks); null: none.</summary>
    public Action<Notification>? Notify { get; init; }

    /// <summary>Operator commands (kill, halt, resume) from the store; null: none.</summary>
    public IOperatorCommandSource? Operators { get; init; }

    /// <summary>The daily cycle's jobs between two replayed moments; null: none.</summary>
    public IAgentCycle? Cycle { get; init; }

    /// <summary>Called about once a second (wall clock) and at the end with the agent's status, for heartbeats and the lease.</summary>
    public Func<AgentStatus, CancellationToken, Task<bool>>? Heartbeat { get; init; }

    /// <summary>Cancel working orders at the broker when the agent is stopped (not when its replay ends).</summary>
    public bool CancelOnExit { get; init; }

    /// <summary>How often (machine's clock) the account is reconciled with the broker; also once when trading starts.</summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How the agent reaches the paper broker's account for reconciliation (a fault-injecting proxy in tests); null: directly.</summary>
    public Func<IBrokerAccount, IBrokerAccount>? BrokerAccountView { get; init; }

    /// <summary>
    /// Trade on this live feed; <see cref="Series"/> then only warms the strategies up (its bars may be empty) and the
    /// session goes on until it is stopped, its feed closes, or <see cref="Until"/>/<see cref="TradingDays"/>. Null: replay <see cref="Series"/>.
    /// </summary>
    public AgentLiveFeed? Live { get; init; }

    /// <summary>Trade through this broker instead of the paper broker (needs <see cref="Live"/>); <see cref="InitialCash"/> is then its account's cash at the session's start.</summary>
    public AgentBroker? Broker { get; init; }

    /// <summary>How often operator commands are polled and heartbeats written.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
