using System.Globalization;
using System.Text;
using System.Text.Json;
using Ouroboros.Application.Agents;
using Ouroboros.Application.Operations;
using static Ouroboros.Bots.Telegram.TelegramMarkdown;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// /status /positions /balance /profit /daily /performance /trades /report: read from the journal through Application
/// queries, written as MarkdownV2. A figure the journal does not have is said to be missing, never shown as 0.
/// </summary>
public sealed class AccountReplies(AgentStatusQuery status, AgentJournalQuery journal, TradingStateOperations states)
{
    private const string NoSession = "No agent session in this journal yet\\.";

    public async Task<string> StatusAsync(CancellationToken cancellationToken)
    {
        var agents = await status.ExecuteAsync(1, cancellationToken).ConfigureAwait(false);
        var trading = await states.StatusAsync(cancellationToken).ConfigureAwait(false);
        var b = new StringBuilder(Bold("Status")).Append('\n');
        if (agents.Running.Count == 0) b.Append("No agent is running on this journal\\.\n");
        foreach (var a in agents.Running)
        {
            b.Append(Escape($"{a.Heartbeat.Mode} on {a.Heartbeat.Broker}, markets {string.Join(",", a.Heartbeat.Markets)}: "))
                .Append(a.Alive ? "alive" : Escape($"silent for {a.Age.TotalMinutes:0} min (gone?)")).Append('\n');
            if (a.Status is { } s)
                b.Append(Escape($"equity {Money(s.Equity)}, cash {Money(s.Cash)}, day P&L {(s.DayPnl is { } p ? Money(p) : "n/a")}, {s.WorkingOrders} working orders")).Append('\n');
        }
        foreach (var scope in trading.States)
            b.Append(Escape($"{scope.State.Scope}: {scope.State.State}{(scope.State.Killed ? " (KILLED)" : "")}{(scope.Stored ? $" since {scope.State.Since:yyyy-MM-dd HH:mm} UTC, {scope.State.Reason}" : "")}")).Append('\n');
        return b.ToString().TrimEnd();
    }

    public async Task<string> PositionsAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return NoSession;
        if (view.Checkpoint is null) return "The session has not finished a slice yet, so no positions are known\\.";
        var positions = JsonSerializer.Deserialize<Dictionary<string, decimal>>(view.Checkpoint.PositionsJson) ?? [];
        var open = positions.Where(p => p.Value != 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        if (open.Count == 0) return Escape($"No open positions (at {view.Checkpoint.SliceTime:yyyy-MM-dd HH:mm} UTC).");
        var b = new StringBuilder(Bold("Positions")).Append('\n');
        foreach (var (instrument, quantity) in open) b.Append(Escape($"{instrument}: {quantity:0.########}")).Append('\n');
        return b.Append(Escape($"as of {view.Checkpoint.SliceTime:yyyy-MM-dd HH:mm} UTC")).ToString();
    }

    public async Task<string> BalanceAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return NoSession;
        if (view.Checkpoint is not { } c) return "No checkpoint yet, so cash and equity are not known\\.";
        return $"{Bold("Balance")}\n{Escape($"cash {Money(c.Cash)}, equity {Money(c.Equity)} (at {c.SliceTime:yyyy-MM-dd HH:mm} UTC)")}";
    }

    public async Task<string> ProfitAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return NoSession;
        if (view.Equity.Count == 0) return "No equity recorded yet\\.";
        var first = view.Equity[0].Equity;
        var last = view.Equity[^1].Equity;
        var pct = first == 0 ? "n/a" : Percent((last - first) / first);
        return $"{Bold("Profit")}\n{Escape($"{Money(last - first)} ({pct}) since {view.Equity[0].Time:yyyy-MM-dd}; equity {Money(last)}")}";
    }

    public async Task<string> DailyAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return NoSession;
        var closes = DailyCloses(view).TakeLast(8).ToList();
        if (closes.Count < 2) return "Not enough days recorded for a daily P&L yet\\.";
        var b = new StringBuilder(Bold("Daily P&L")).Append('\n');
        for (var i = 1; i < closes.Count; i++)
            b.Append(Escape($"{closes[i].Day:yyyy-MM-dd}: {Money(closes[i].Equity - closes[i - 1].Equity)} (equity {Money(closes[i].Equity)})")).Append('\n');
        return b.ToString().TrimEnd();
    }

    public async Task<string> PerformanceAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return NoSession;
        if (view.Equity.Count == 0) return "No equity recorded yet\\.";
        decimal peak = view.Equity[0].Equity, worst = 0m;
        foreach (var p in view.Equity)
        {
            peak = Math.Max(peak, p.Equity);
            if (peak > 0) worst = Math.Min(worst, (p.Equity - peak) / peak);
        }
        var first = view.Equity[0].Equity;
        var ret = first == 0 ? "n/a" : Percent((view.Equity[^1].Equity - first) / first);
        var days = DailyCloses(view).Count;
        return $"{Bold("Performance")}\n{Escape($"return {ret} over {days} trading days, max drawdown {Percent(worst)}, strategy {view.Session.Strategy}")}";
    }

    public async Task<string> TradesAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(10, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return NoSession;
        if (view.Fills.Count == 0) return "No fills yet\\.";
        var b = new StringBuilder(Bold("Latest fills")).Append('\n');
        foreach (var f in view.Fills)
            b.Append(Escape($"{f.Time:MM-dd HH:mm} {f.Side} {f.Quantity:0.########} {f.Instrument} @ {f.Price:0.########} (fee {f.Fee:0.##})")).Append('\n');
        return b.ToString().TrimEnd();
    }

    public async Task<string> ReportAsync(CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 0, cancellationToken).ConfigureAwait(false);
        if (view.Session is not { } s) return NoSession;
        var equity = view.Checkpoint is { } c ? Money(c.Equity) : "n/a";
        return $"{Bold("Session report")}\n{Escape($"{s.SessionId}: {s.Mode} on {s.Broker}, {string.Join(",", s.Markets)}, strategy {s.Strategy}, {s.Status}, started {s.StartedAt:yyyy-MM-dd HH:mm} UTC, {s.Restarts} restarts, {s.SlicesDone} slices, equity {equity}")}";
    }

    private static List<(DateOnly Day, decimal Equity)> DailyCloses(AgentJournalView view) =>
        [.. view.Equity.GroupBy(p => DateOnly.FromDateTime(p.Time.UtcDateTime)).OrderBy(g => g.Key).Select(g => (g.Key, g.Last().Equity))];

    private static string Percent(decimal ratio) => (ratio * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Money(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
