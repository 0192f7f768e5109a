namespace Ouroboros.Core.Ports;

/// <summary>
/// Where a broker adapter keeps its access token across restarts, so that ten restarts do not issue ten tokens (KIS
/// allows one issuance a minute and notifies the account holder of each). Keyed by the broker's name and a fingerprint
/// of the app key (a hash, never the key itself).
/// </summary>
public interface IBrokerTokenStore
{
    /// <summary>The stored token, expired or not; null when none was stored.</summary>
    ValueTask<BrokerToken?> LoadAsync(string broker, string keyFingerprint, CancellationToken cancellationToken);

    ValueTask SaveAsync(string broker, string keyFingerprint, BrokerToken token, CancellationToken cancellationToken);

    ValueTask DeleteAsync(string broker, string keyFingerprint, CancellationToken cancellationToken);
}

/// <summary>An access token and when it stops working; a secret, never logged.</summary>
public sealed record BrokerToken(string Value, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"BrokerToken(issued {IssuedAt:O}, expires {ExpiresAt:O})";
}
