using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// The name a token is stored under: the first 16 hex characters of the SHA-256 of the app key, so the store never
/// holds the key itself and two environments' keys never share a token.
/// </summary>
public static class KisKeyFingerprint
{
    public const string Broker = "kis";

    public static string Of(string appKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(appKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(appKey));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
