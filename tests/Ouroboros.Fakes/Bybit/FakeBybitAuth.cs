using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ouroboros.Fakes.Bybit;

/// <summary>
/// The private-endpoint checks as Bybit makes them (external-apis.md §1.2, §1.7), all answered HTTP 200: an unknown or
/// missing key is 10003, a timestamp outside <c>[server − recvWindow, server + 1000)</c> is 10002, and a signature that
/// is not the HMAC of exactly the raw query (GET) or raw body (POST) received is 10004.
/// </summary>
internal static class FakeBybitAuth
{
    public static (FakeBybitAccount? Account, FakeBybitReply? Refusal) Check(FakeBybitRequest request, FakeBybitExchange exchange)
    {
        var now = exchange.SigningNow.ToUnixTimeMilliseconds();
        var key = request.ApiKey;
        if (key.Length == 0 || exchange.Account(key) is not { } account) return (null, FakeBybitReply.Error(10003, "API key is invalid.", now));
        var recvText = request.Headers.GetValueOrDefault("X-BAPI-RECV-WINDOW", "5000");
        if (!long.TryParse(request.Headers.GetValueOrDefault("X-BAPI-TIMESTAMP"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !long.TryParse(recvText, NumberStyles.None, CultureInfo.InvariantCulture, out var recvWindow)
            || timestamp < now - recvWindow || timestamp >= now + 1000)
        {
            return (null, FakeBybitReply.Error(10002,
                $"invalid request, please check your server timestamp or recv_window param. req_timestamp[{request.Headers.GetValueOrDefault("X-BAPI-TIMESTAMP")}],server_timestamp[{now}],recv_window[{recvText}]", now));
        }
        var payload = request.IsPost ? request.RawBody : request.RawQuery;
        var origin = timestamp.ToString(CultureInfo.InvariantCulture) + key + recvText + payload;
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(account.Secret), Encoding.UTF8.GetBytes(origin)));
        return request.Headers.GetValueOrDefault("X-BAPI-SIGN") == expected
            ? (account, null)
            : (null, FakeBybitReply.Error(10004, $"error sign! origin_string[{origin}]", now));
    }
}
