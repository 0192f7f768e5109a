using System.Globalization;
using System.Text;
using Ouroboros.Application.Agents;
using Ouroboros.Application.LlmUsage;
using Ouroboros.Core.Notifications;
using static Ouroboros.Bots.Telegram.TelegramMarkdown;

namespace Ouroboros.Bots.Telegram;

/// <summary>
/// /playbook /scenarios /review /llm: what the session journal told operators (the day's playbooks and the closes'
/// reviews are notifications the agent journals) and the model-call log.
/// </summary>
public sealed class JournalReplies(AgentJournalQuery journal, LlmUsageQuery llm)
{
    public Task<string> PlaybookAsync(CancellationToken cancellationToken) =>
        NotificationsAsync("Playbooks", [NotificationKind.PlaybookGenerated, NotificationKind.PlaybookFallback], 3, cancellationToken);

    public Task<string> ScenariosAsync(CancellationToken cancellationToken) =>
        NotificationsAsync("Scenario activity", [NotificationKind.PlaybookGenerated, NotificationKind.PlaybookFallback, NotificationKind.TradeExecuted], 8, cancellationToken);

    public Task<string> ReviewAsync(CancellationToken cancellationToken) =>
        NotificationsAsync("Latest closes", [NotificationKind.MarketClose], 3, cancellationToken);

    public async Task<string> LlmAsync(CancellationToken cancellationToken)
    {
        var result = await llm.ExecuteAsync(new LlmUsageRequest(Days: 7), cancellationToken).ConfigureAwait(false);
        var t = result.Summary.Totals;
        if (result.Summary.IsEmpty) return Escape($"No model calls in the last 7 days ({result.Window.From:yyyy-MM-dd} to {result.Window.To:yyyy-MM-dd}).");
        var cost = t.Cost is { } c ? $"${c.ToString("0.####", CultureInfo.InvariantCulture)}{(t.Unpriced > 0 ? $" ({t.Unpriced} calls unpriced)" : "")}" : "unknown";
        return $"{Bold("Model calls, 7 days")}\n{Escape($"{t.Calls} calls ({t.Ok} ok), {t.CacheHits} cache hits, tokens in {t.TokensIn?.ToString(CultureInfo.InvariantCulture) ?? "n/a"} / out {t.TokensOut?.ToString(CultureInfo.InvariantCulture) ?? "n/a"}, cost {cost}")}";
    }

    private async Task<string> NotificationsAsync(string title, NotificationKind[] kinds, int take, CancellationToken cancellationToken)
    {
        var view = await journal.ExecuteAsync(0, 500, cancellationToken).ConfigureAwait(false);
        if (view.Session is null) return "No agent session in this journal yet\\.";
        var found = view.Notifications.Where(n => kinds.Contains(n.Kind)).Take(take).ToList();
        if (found.Count == 0) return Escape($"{title}: nothing recorded in this session yet.");
        var b = new StringBuilder(Bold(title)).Append('\n');
        foreach (var n in found) b.Append(Escape($"{n.Time:yyyy-MM-dd HH:mm} {n.Market} {n.Message}")).Append('\n');
        return b.ToString().TrimEnd();
    }
}
