using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Storage;

/// <summary>Recorded model answers in memory, held to the same contract as the SQLite cache (<c>ResponseCacheContract</c>).</summary>
public sealed class InMemoryResponseCache : IResponseCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ResponseCacheKey, CachedResponse> _entries = [];

    /// <summary>How many answers are recorded.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    public Task<CachedResponse?> GetAsync(ResponseCacheKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_gate) return Task.FromResult(_entries.GetValueOrDefault(key));
    }

    public Task PutAsync(ResponseCacheKey key, CachedResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate) _entries[key] = response;
        return Task.CompletedTask;
    }
}
