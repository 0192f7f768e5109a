using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Ouroboros.Fakes.Kis.WebSocket;

/// <summary>
/// The fake's own reading of kis-openapi.md §7 and §4.3 (it shares no code with the client): acknowledgements, data
/// frames, PINGPONG, AES-256-CBC notices, and which TR ids and keys the server accepts.
/// </summary>
public static class FakeKisWebSocketWire
{
    /// <summary>Real-time TRs the fake accepts; anything else gets OPSP8991.</summary>
    public static readonly IReadOnlySet<string> KnownTrIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "H0STCNT0", "H0STASP0", "H0STANC0", "H0UNCNT0", "H0NXCNT0", "HDFSCNT0", "HDFSASP0", "HDFSASP1",
        "H0STCNI0", "H0STCNI9", "H0GSCNI0", "H0GSCNI9",
    };

    public static bool IsNoticeTr(string trId) => trId is "H0STCNI0" or "H0STCNI9" or "H0GSCNI0" or "H0GSCNI9";

    /// <summary>Domestic keys are 6-character codes (7 for an ETN's Q code), overseas D/R + exchange + ticker, notices an HTS id.</summary>
    public static bool IsValidKey(string trId, string trKey)
    {
        if (trKey.Length == 0 || trKey.Any(char.IsWhiteSpace)) return false;
        if (IsNoticeTr(trId)) return trKey.Length <= 12;
        if (trId.StartsWith("HDFS", StringComparison.Ordinal)) return trKey[0] is 'D' or 'R' && trKey.Length >= 5;
        return trKey.Length is 6 or 7 && trKey.All(char.IsAsciiLetterOrDigit);
    }

    public static string Ack(string trId, string trKey, string resultCode, string messageCode, string message, (string Key, string Iv)? cipher = null)
    {
        var body = new JsonObject { ["rt_cd"] = resultCode, ["msg_cd"] = messageCode, ["msg1"] = message };
        if (cipher is { } c) body["output"] = new JsonObject { ["iv"] = c.Iv, ["key"] = c.Key };
        return new JsonObject
        {
            ["header"] = new JsonObject { ["tr_id"] = trId, ["tr_key"] = trKey, ["encrypt"] = "N" },
            ["body"] = body,
        }.ToJsonString();
    }

    public static string PingPong(DateTimeOffset now) =>
        new JsonObject
        {
            ["header"] = new JsonObject
            {
                ["tr_id"] = "PINGPONG",
                ["datetime"] = now.ToOffset(TimeSpan.FromHours(9)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            },
        }.ToJsonString();

    /// <summary><c>0|tr_id|NNN|f1^f2^…</c>, the records concatenated.</summary>
    public static string DataFrame(string trId, IReadOnlyList<IReadOnlyList<string>> records) =>
        $"0|{trId}|{records.Count:000}|{string.Join('^', records.SelectMany(r => r))}";

    /// <summary><c>1|tr_id|001|base64</c>: the fields encrypted with the session's key and IV.</summary>
    public static string EncryptedFrame(string trId, IReadOnlyList<string> fields, string key, string iv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        var cipher = aes.EncryptCbc(Encoding.UTF8.GetBytes(string.Join('^', fields)), Encoding.UTF8.GetBytes(iv), PaddingMode.PKCS7);
        return $"1|{trId}|001|{Convert.ToBase64String(cipher)}";
    }

    /// <summary>A 32-character key and a 16-character IV of letters and digits, as the real acknowledgements carry.</summary>
    public static (string Key, string Iv) NewCipher(Random random)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        string Make(int length) => new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        return (Make(32), Make(16));
    }
}
