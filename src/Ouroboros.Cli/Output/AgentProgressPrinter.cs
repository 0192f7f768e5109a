using Ouroboros.Core.Notifications;

namespace Ouroboros.Cli.Output;

/// <summary>
/// The agent's running commentary: what an operator must see at once (kills, halts, circuit breakers, start and stop)
/// and one line per month of market closes, so a replay of years stays readable.
/// </summary>
internal sealed class AgentProgressPrinter(TextWriter output, bool quiet)
{
    private readonly Lock _gate = new();
    private (int Year, int Month)? _lastMonth;

    public void On(Notification n)
    {
        if (quiet) return;
        string? line = n.Kind switch
        {
            NotificationKind.Kill or NotificationKind.Halt or NotificationKind.Resume or NotificationKind.CircuitBreaker
                or NotificationKind.ReconciliationDifference or NotificationKind.FeedStale => $"{n.Severity.ToString().ToUpperInvariant()}: {n.Message}",
            NotificationKind.MarketClose when NewMonth(n.Time) => $"  {n.Message}",
            _ => null,
        };
        if (line is null) return;
        lock (_gate) output.WriteLine(line);
    }

    private bool NewMonth(DateTimeOffset time)
    {
        var month = (time.Year, time.Month);
        lock (_gate)
        {
            if (_lastMonth == month) return false;
            _lastMonth = month;
            return true;
        }
    }
}
