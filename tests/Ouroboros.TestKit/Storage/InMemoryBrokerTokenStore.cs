using System.Collections.Concurrent;
using Ouroboros.Core.Ports;

namespace Ouroboros.TestKit.Storage;

/// <summary>Broker tokens in memory; one instance stands for one journal across restarts. Counts saves, so a test can tell an issuance was stored.</summary>
public sealed class InMemoryBrokerTokenStore : IBrokerTokenStore
{
    private readonly ConcurrentDictionary<(string, string), BrokerToken> _tokens = new();
    private int _saves;

    public int Saves => _saves;

    public ValueTask<BrokerToken?> LoadAsync(string broker, string keyFingerprint, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tokens.TryGetValue((broker, keyFingerprint), out var token) ? token : null);

    public ValueTask SaveAsync(string broker, string keyFingerprint, BrokerToken token, CancellationToken cancellationToken)
    {
        _tokens[(broker, keyFingerprint)] = token;
        Interlocked.Increment(ref _saves);
        return ValueTask.CompletedTask;
    }

    public ValueTask DeleteAsync(string broker, string keyFingerprint, CancellationToken cancellationToken)
    {
        _tokens.TryRemove((broker, keyFingerprint), out _);
        return ValueTask.CompletedTask;
    }
}
