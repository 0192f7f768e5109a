using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>Names an API key in logs without showing it: the first 8 hex digits of its SHA-256.</summary>
public static class BybitKeyFingerprint
{
    public static string Of(string apiKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))[..8];
}
