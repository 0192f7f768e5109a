using Ouroboros.Application.Telemetry;
using Ouroboros.Core.Errors;
using Ouroboros.Core.Ports;
using Ouroboros.Domain.Calendars;

namespace Ouroboros.Application.Monitoring;

/// <summary>The stored daily playbooks: by date and market, and the ones in force (the newest day up to today).</summary>
public sealed class PlaybookQueries(IJournal journal, TimeProvider clock)
{
    /// <summary>How far back a listing reads; playbooks are one per market per day, so this is years.</summary>
    private const int ReadLimit = 100_000;

    public async Task<Page<PlaybookRecord>> ListAsync(string? market, DateOnly? date, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        using var activity = ApplicationTelemetry.Start("playbooks.list");
        var store = await journal.PlaybooksAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.ListAsync(Market(market), date is null ? page.Reach : ReadLimit, cancellationToken).ConfigureAwait(false);
        return page.Of([.. all.Where(p => date is null || p.Date == date)]);
    }

    /// <summary>Every market's playbook of <paramref name="date"/> (or only <paramref name="market"/>'s); not found when none was stored.</summary>
    public async Task<IReadOnlyList<PlaybookRecord>> OfDayAsync(DateOnly date, string? market, CancellationToken cancellationToken = default)
    {
        var found = (await ListAsync(market, date, new PageRequest(PageRequest.MaxLimit), cancellationToken).ConfigureAwait(false)).Items;
        return found.Count > 0 ? found
            : throw new NotFoundException("date", $"no playbook for {date:yyyy-MM-dd}{(market is null ? "" : " in " + market)} in {journal.Name}");
    }

    /// <summary>Per market, the newest playbook dated today or earlier (UTC) that may trade (not rejected).</summary>
    public async Task<IReadOnlyList<PlaybookRecord>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        using var activity = ApplicationTelemetry.Start("playbooks.active");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var store = await journal.PlaybooksAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.ListAsync(null, ReadLimit, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(p => p.Date <= today && p.Status != "rejected")
            .GroupBy(p => p.Market, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(p => p.Date).First())
            .OrderBy(p => p.Market, StringComparer.Ordinal)];
    }

    /// <summary>The market as its calendar spells it; an unknown name is bad input, not an empty list.</summary>
    private static string? Market(string? name)
    {
        if (name is null) return null;
        return MarketCalendars.TryGet(name.Trim(), out var calendar) ? calendar.Market
            : throw new InvalidInputException("market", $"unknown market '{name}'; known markets: {string.Join(", ", MarketCalendars.All.Select(c => c.Market))}");
    }
}
