using Ouroboros.Domain.Calendars;

namespace Ouroboros.Strategies.Playbooks;

/// <summary>
/// How a <see cref="PlaybookStrategy"/> runs. <see cref="BarLength"/> is the length of one input bar (a day for
/// daily bars); a bar is known to the planner only once it has closed. <see cref="Calendar"/> gives the
/// exchange-local trading date of intraday bars (daily bars use their UTC date). <see cref="HistoryBars"/> bounds the
/// bars kept per instrument for planning and for warming up indicators a new playbook introduces.
/// <see cref="RescanInterval"/> null rescans on every bar. <see cref="PlanningLead"/> is how long before the open the
/// playbook is written: with intraday bars and a calendar the planner sees only bars closed by open − lead.
/// </summary>
public sealed record PlaybookStrategyOptions(
    string Market,
    TimeSpan BarLength,
    MarketCalendar? Calendar = null,
    int HistoryBars = 400,
    TimeSpan? RescanInterval = null,
    string StrategyName = "playbook",
    TimeSpan? PlanningLead = null)
{
    public static readonly TimeSpan DefaultPlanningLead = TimeSpan.FromMinutes(30);
}
