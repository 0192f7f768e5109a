namespace Ouroboros.Brokers.Bybit.Common;

/// <summary>
/// One Bybit API key and where it trades (external-apis.md §1.1–1.2). The base URL is a setting so that a proxy or the
/// loopback fake can stand in; nothing else in the adapter knows which host it talks to.
/// </summary>
public sealed record BybitOptions
{
    public const string MainnetRestUrl = "https://api.bybit.com";
    public const string TestnetRestUrl = "https://api-testnet.bybit.com";
    public const string DemoRestUrl = "https://api-demo.bybit.com";

    /// <summary>Bybit's default when the header is absent.</summary>
    public static readonly TimeSpan DefaultRecvWindow = TimeSpan.FromMilliseconds(5000);

    public required BybitEnvironment Environment { get; init; }

    /// <summary>The API key (<c>X-BAPI-API-KEY</c>); empty is allowed for public market data only.</summary>
    public string ApiKey { get; init; } = "";

    /// <summary>The HMAC secret; never logged.</summary>
    public string ApiSecret { get; init; } = "";

    /// <summary>How long after its timestamp a request stays valid at Bybit (<c>X-BAPI-RECV-WINDOW</c>).</summary>
    public TimeSpan RecvWindow { get; init; } = DefaultRecvWindow;

    public string? RestBaseUrl { get; init; }

    /// <summary>Coin the account's cash and linear contracts settle in.</summary>
    public string SettleCoin { get; init; } = "USDT";

    public bool HasKey => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(ApiSecret);

    public string EffectiveRestBaseUrl => (RestBaseUrl ?? Environment switch
    {
        BybitEnvironment.Mainnet => MainnetRestUrl,
        BybitEnvironment.Testnet => TestnetRestUrl,
        _ => DemoRestUrl,
    }).TrimEnd('/');

    /// <summary>The window as Bybit reads it: whole milliseconds.</summary>
    public string RecvWindowText => ((long)RecvWindow.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Names the key by its fingerprint; the key and secret never appear in text.</summary>
    public override string ToString() =>
        $"BybitOptions({Environment}, key {(string.IsNullOrEmpty(ApiKey) ? "missing" : BybitKeyFingerprint.Of(ApiKey))}, {EffectiveRestBaseUrl})";

    /// <summary>Every problem with these options at once, in words a user can act on; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ApiKey) != string.IsNullOrWhiteSpace(ApiSecret))
            problems.Add(string.IsNullOrWhiteSpace(ApiKey)
                ? "the API key is missing while the secret is set (BYBIT_API_KEY)"
                : "the API secret is missing while the key is set (BYBIT_API_SECRET)");
        if (RecvWindow < TimeSpan.FromMilliseconds(1) || RecvWindow > TimeSpan.FromMinutes(1))
            problems.Add($"the receive window must be between 1 ms and 60000 ms, not {RecvWindow.TotalMilliseconds:0} ms (BYBIT_RECV_WINDOW_MS)");
        if (RestBaseUrl is { } rest && !(Uri.TryCreate(rest, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"))
            problems.Add($"the REST base URL '{rest}' is not an absolute http(s) URL (BYBIT_BASE_URL)");
        if (string.IsNullOrWhiteSpace(SettleCoin)) problems.Add("the settle coin is empty; use USDT");
        return problems;
    }
}
