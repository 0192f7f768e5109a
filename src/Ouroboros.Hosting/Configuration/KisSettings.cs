using Ouroboros.Application.Kis;
using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// The Kis:* settings (docs/brokers/kis.md), with the names the systems Ouroboros replaces use in their .env files:
/// KIS_APP_KEY, KIS_APP_SECRET, KIS_ACCOUNT_NO, KIS_BASE_URL, KIS_WS_URL (The Ouroboros) and APP_KEY, APP_SECRET, CANO,
/// ACNT_PRDT, BASE_URL (KIS ETF Autotrade). The key and secret are secrets: masked in logs, never printed, never checked
/// in a way that echoes them.
/// </summary>
internal static class KisSettings
{
    public static IEnumerable<SettingDefinition> All() =>
    [
        new("Kis:AppKey", SettingType.Text, "", "KIS app key (a secret; seed names KIS_APP_KEY, APP_KEY). Issued per environment: the VTS key works only on the VTS host."),
        new("Kis:AppSecret", SettingType.Text, "", "KIS app secret (a secret; seed names KIS_APP_SECRET, APP_SECRET)."),
        new("Kis:AccountNumber", SettingType.Text, "", "KIS account: 12345678-01 (CANO and product code), 1234567801 or 12345678 (seed names KIS_ACCOUNT_NO, CANO)."),
        new("Kis:ProductCode", SettingType.Text, "", "Account product code when Kis:AccountNumber has none (seed name ACNT_PRDT); empty: 01, a stock account."),
        new("Kis:Environment", SettingType.Choice, "", "real or vts; empty: from Agent:Mode (paper means VTS, live means real).", Choices: ["real", "vts"]),
        new("Kis:RestUrl", SettingType.Text, "", "REST base URL (seed names KIS_BASE_URL, BASE_URL); empty: the environment's host. A fake or proxy may stand in; the other environment's host is refused."),
        new("Kis:WebSocketUrl", SettingType.Text, "", "WebSocket URL (seed name KIS_WS_URL); empty: the environment's host."),
        new("Kis:RequestsPerSecond", SettingType.Text, "", "Requests per second this key may send (seed name RATE_LIMIT_RPS); empty: 18 on the real host (limit 20), 2 on VTS (limit 2)."),
        new("Kis:HtsId", SettingType.Text, "", "HTS id for execution notices over the WebSocket; empty: fills are polled."),
    ];

    /// <summary>Seed names → setting keys. The KIS_ names win over seed B's bare ones, and Ouroboros's own keys over both.</summary>
    public static IReadOnlyList<(string Seed, string Setting)> SeedNames { get; } =
    [
        ("APP_KEY", "Kis:AppKey"), ("APP_SECRET", "Kis:AppSecret"), ("CANO", "Kis:AccountNumber"), ("ACNT_PRDT", "Kis:ProductCode"),
        ("BASE_URL", "Kis:RestUrl"), ("RATE_LIMIT_RPS", "Kis:RequestsPerSecond"),
        ("KIS_APP_KEY", "Kis:AppKey"), ("KIS_APP_SECRET", "Kis:AppSecret"), ("KIS_ACCOUNT_NO", "Kis:AccountNumber"),
        ("KIS_BASE_URL", "Kis:RestUrl"), ("KIS_WS_URL", "Kis:WebSocketUrl"),
    ];

    /// <summary>The seeds' KIS variables of one source under their setting keys, in precedence order (later wins).</summary>
    public static IEnumerable<KeyValuePair<string, string?>> SeedKeys(IEnumerable<KeyValuePair<string, string?>> pairs)
    {
        var source = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in pairs) source[key] = value;
        var own = new HashSet<string>(source.Keys.Where(k => k.StartsWith("OUROBOROS_KIS__", StringComparison.OrdinalIgnoreCase))
            .Select(k => "Kis:" + k["OUROBOROS_KIS__".Length..]), StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (seed, setting) in SeedNames)
        {
            if (own.Contains(setting) || !source.TryGetValue(seed, out var value) || string.IsNullOrWhiteSpace(value)) continue;
            found[setting] = value;
        }
        return found;
    }

    /// <summary>The connection settings from validated values; Agent:Mode chooses the environment when Kis:Environment is empty.</summary>
    public static KisConnectionSettings Connection(Func<string, string> get)
    {
        var configured = get("Kis:Environment").ToLowerInvariant() switch
        {
            "real" => KisEnvironment.Real,
            "vts" => (KisEnvironment?)KisEnvironment.Vts,
            _ => null,
        };
        var byMode = get("Agent:Mode").Equals("live", StringComparison.OrdinalIgnoreCase) ? KisEnvironment.Real : KisEnvironment.Vts;
        return new KisConnectionSettings(get("Kis:AppKey"), get("Kis:AppSecret"), get("Kis:AccountNumber"), get("Kis:ProductCode"),
            configured, byMode, get("Kis:RestUrl"), get("Kis:WebSocketUrl"), get("Kis:RequestsPerSecond"), get("Kis:HtsId"));
    }
}
