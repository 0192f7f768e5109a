using System.Collections.Concurrent;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Kis.Tests.Http;

/// <summary>A token store in memory, shared by clients of one test as the journal would be across restarts.</summary>
public sealed class InMemoryTokenStore : IBrokerTokenStore
{
    private readonly ConcurrentDictionary<(string, string), BrokerToken> _tokens = new();

    public IReadOnlyDictionary<(string Broker, string Fingerprint), BrokerToken> Tokens => _tokens;

    public ValueTask<BrokerToken?> LoadAsync(string broker, string keyFingerprint, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tokens.TryGetValue((broker, keyFingerprint), out var t) ? t : null);

    public ValueTask SaveAsync(string broker, string keyFingerprint, BrokerToken token, CancellationToken cancellationToken)
    {
        _tokens[(broker, keyFingerprint)] = token;
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string broker, string keyFingerprint, CancellationToken cancellationToken)
    {
        _tokens.TryRemove((broker, keyFingerprint), out _);
        return ValueTask.CompletedTask;
    }
}
