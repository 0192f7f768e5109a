using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>
/// The v5 HMAC signature (external-apis.md §1.2): HMAC-SHA256 of <c>{timestamp}{apiKey}{recvWindow}{payload}</c> with
/// the secret, in lowercase hex. The payload is the query string exactly as sent (GET) or the body's exact bytes (POST):
/// whoever signs must send that same text, never a re-serialisation of it.
/// </summary>
public static class BybitSigner
{
    public static string Sign(string secret, string timestamp, string apiKey, string recvWindow, string payload)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + apiKey + recvWindow + payload));
        return Convert.ToHexStringLower(mac);
    }
}
