using Ouroboros.Core.Ports;

namespace Ouroboros.Ai.Tests.Support;

public sealed class MemoryCallLog : ILlmCallLog
{
    public List<LlmCallRecord> Calls { get; } = [];

    public Task AppendAsync(LlmCallRecord call, CancellationToken cancellationToken)
    {
        Calls.Add(call);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LlmCallRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LlmCallRecord>>([.. Calls.Where(c => c.Time >= from && c.Time < to)]);
}

public sealed class MemoryResponseCache : IResponseCache
{
    public Dictionary<ResponseCacheKey, CachedResponse> Entries { get; } = [];

    public Task<CachedResponse?> GetAsync(ResponseCacheKey key, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.GetValueOrDefault(key));

    public Task PutAsync(ResponseCacheKey key, CachedResponse response, CancellationToken cancellationToken)
    {
        Entries[key] = response;
        return Task.CompletedTask;
    }
}

/// <summary>A clock that stands still unless moved.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
