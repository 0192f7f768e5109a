using Ouroboros.Core.Ports;

namespace Ouroboros.Benchmarks;

/// <summary>
/// An in-memory <see cref="ILlmCallLog"/> that keeps the last <see cref="Capacity"/> calls and counts all of them:
/// a benchmark makes millions of calls, so an ever-growing list would measure the garbage collector instead.
/// </summary>
public sealed class MemoryLlmCallLog : ILlmCallLog
{
    public const int Capacity = 1_024;
    private readonly LlmCallRecord[] _ring = new LlmCallRecord[Capacity];

    public long Count { get; private set; }

    public LlmCallRecord? Last => Count == 0 ? null : _ring[(Count - 1) % Capacity];

    public Task AppendAsync(LlmCallRecord call, CancellationToken cancellationToken)
    {
        _ring[Count % Capacity] = call;
        Count++;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LlmCallRecord>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LlmCallRecord>>([.. _ring.Where(c => c is not null && c.Time >= from && c.Time < to).OrderBy(c => c.Time)]);
}
