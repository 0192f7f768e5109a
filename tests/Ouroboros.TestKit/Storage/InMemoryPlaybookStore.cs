using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Storage;

/// <summary>Daily playbooks in memory, held to the same contract as the SQLite store (<c>PlaybookStoreContract</c>).</summary>
public sealed class InMemoryPlaybookStore : IPlaybookStore
{
    private readonly Lock _gate = new();

    // Markets compare without case, as in SQLite (COLLATE NOCASE); the stored record keeps the last saved spelling.
    private readonly Dictionary<(DateOnly Date, string Market), PlaybookRecord> _playbooks = new(new DayMarketComparer());

    public Task SaveAsync(PlaybookRecord playbook, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(playbook);
        ArgumentException.ThrowIfNullOrWhiteSpace(playbook.Market);
        lock (_gate)
        {
            _playbooks.Remove((playbook.Date, playbook.Market));
            _playbooks[(playbook.Date, playbook.Market)] = playbook;
        }
        return Task.CompletedTask;
    }

    public Task<PlaybookRecord?> GetAsync(string market, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        lock (_gate) return Task.FromResult(_playbooks.GetValueOrDefault((date, market)));
    }

    public Task<PlaybookRecord?> LatestBeforeAsync(string market, DateOnly date, string status, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        lock (_gate)
        {
            return Task.FromResult(_playbooks.Values
                .Where(p => SameMarket(p.Market, market) && p.Status == status && p.Date < date)
                .OrderByDescending(p => p.Date).FirstOrDefault());
        }
    }

    public Task SetMatchCountAsync(string market, DateOnly date, int matches, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        ArgumentOutOfRangeException.ThrowIfNegative(matches);
        lock (_gate)
        {
            if (!_playbooks.TryGetValue((date, market), out var playbook))
                throw new StorageException($"There is no {market} playbook of {date:yyyy-MM-dd} to count matches for.");
            _playbooks[(date, market)] = playbook with { MatchCount = matches };
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PlaybookRecord>> ListAsync(string? market, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var wanted = string.IsNullOrWhiteSpace(market) ? null : market.Trim();
        lock (_gate)
        {
            IReadOnlyList<PlaybookRecord> newest = [.. _playbooks.Values
                .Where(p => wanted is null || SameMarket(p.Market, wanted))
                .OrderByDescending(p => p.Date).ThenByDescending(p => p.CreatedAt.UtcTicks).ThenBy(p => p.Market, StringComparer.OrdinalIgnoreCase)
                .Take(limit)];
            return Task.FromResult(newest);
        }
    }

    private static bool SameMarket(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private sealed class DayMarketComparer : IEqualityComparer<(DateOnly Date, string Market)>
    {
        public bool Equals((DateOnly Date, string Market) x, (DateOnly Date, string Market) y) => x.Date == y.Date && SameMarket(x.Market, y.Market);

        public int GetHashCode((DateOnly Date, string Market) obj) => HashCode.Combine(obj.Date, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Market));
    }
}
