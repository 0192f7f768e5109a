using System.Globalization;
using Ouroboros.Core.Errors;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Live.Scheduling;

/// <summary>
/// The settings of the daily cycle, under the names of the systems Ouroboros replaces (PRE_MARKET_MINUTES,
/// RESCAN_INTERVAL_SECONDS, TRADE_MODE, DAILY_SESSIONS, SESSION_INTERVAL_HOURS, PLANNER_TIMEOUT_SECONDS) plus
/// RealtimeCycleSeconds and PostMarketDelayMinutes. Defaults are those systems' defaults.
/// </summary>
public sealed record DailyCycleOptions
{
    private static readonly int MaxLeadMinutes = (int)MarketCalendar.MaxPreMarketLead.TotalMinutes;

    public static DailyCycleOptions Default { get; } = new();

    /// <summary>PRE_MARKET_MINUTES: how long before the open the pre-market job runs (0..720).</summary>
    public int PreMarketMinutes { get; init; } = 30;

    /// <summary>RESCAN_INTERVAL_SECONDS: the rescan period during the regular session.</summary>
    public int RescanIntervalSeconds { get; init; } = 300;

    /// <summary>TRADE_MODE: daily sessions or realtime cycles.</summary>
    public TradeMode TradeMode { get; init; } = TradeMode.Daily;

    /// <summary>DAILY_SESSIONS: decision sessions per trading day in daily mode (those that would fall at or after the close are dropped).</summary>
    public int DailySessions { get; init; } = 1;

    /// <summary>SESSION_INTERVAL_HOURS: hours between daily sessions, the first at the open.</summary>
    public double SessionIntervalHours { get; init; } = 4;

    /// <summary>PLANNER_TIMEOUT_SECONDS: the deadline of one planner call in a session (the agent applies it, not the scheduler).</summary>
    public int PlannerTimeoutSeconds { get; init; } = 60;

    /// <summary>Realtime mode: seconds between decision cycles, the first at the open.</summary>
    public int RealtimeCycleSeconds { get; init; } = 60;

    /// <summary>How long after the close the post-market job runs (0..720).</summary>
    public int PostMarketDelayMinutes { get; init; } = 10;

    public TimeSpan PreMarketLead => TimeSpan.FromMinutes(PreMarketMinutes);
    public TimeSpan RescanInterval => TimeSpan.FromSeconds(RescanIntervalSeconds);
    public TimeSpan SessionInterval => TimeSpan.FromHours(SessionIntervalHours);
    public TimeSpan PlannerTimeout => TimeSpan.FromSeconds(PlannerTimeoutSeconds);
    public TimeSpan RealtimeCycle => TimeSpan.FromSeconds(RealtimeCycleSeconds);
    public TimeSpan PostMarketDelay => TimeSpan.FromMinutes(PostMarketDelayMinutes);

    /// <summary>Every problem at once; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (PreMarketMinutes < 0 || PreMarketMinutes > MaxLeadMinutes)
            problems.Add(Say($"PRE_MARKET_MINUTES must be between 0 and {MaxLeadMinutes} (the longest pre-market lead, 12 hours), not {PreMarketMinutes}"));
        if (RescanIntervalSeconds < 1)
            problems.Add(Say($"RESCAN_INTERVAL_SECONDS must be at least 1, not {RescanIntervalSeconds}"));
        if (!Enum.IsDefined(TradeMode))
            problems.Add(Say($"TRADE_MODE must be daily or realtime, not {(int)TradeMode}"));
        if (DailySessions < 1)
            problems.Add(Say($"DAILY_SESSIONS must be at least 1, not {DailySessions}"));
        if (!double.IsFinite(SessionIntervalHours) || SessionIntervalHours <= 0 || SessionIntervalHours > 24)
            problems.Add(Say($"SESSION_INTERVAL_HOURS must be more than 0 and at most 24, not {SessionIntervalHours}"));
        if (PlannerTimeoutSeconds < 1)
            problems.Add(Say($"PLANNER_TIMEOUT_SECONDS must be at least 1, not {PlannerTimeoutSeconds}"));
        if (RealtimeCycleSeconds < 1)
            problems.Add(Say($"RealtimeCycleSeconds must be at least 1, not {RealtimeCycleSeconds}"));
        if (PostMarketDelayMinutes < 0 || PostMarketDelayMinutes > MaxLeadMinutes)
            problems.Add(Say($"PostMarketDelayMinutes must be between 0 and {MaxLeadMinutes}, not {PostMarketDelayMinutes}"));
        return problems;
    }

    /// <summary>Throws an <see cref="InvalidInputException"/> listing every problem, one per line.</summary>
    public void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
            throw new InvalidInputException(null, "invalid daily cycle settings:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
