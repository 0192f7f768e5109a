namespace Ouroboros.Brokers.Kis.Common;

/// <summary>
/// One KIS app key and the account it trades (kis-openapi.md §1–2). Base URLs are settings so that a proxy or a loopback
/// fake can stand in; nothing else in the adapter knows which host it talks to.
/// </summary>
public sealed record KisOptions
{
    public const string RealRestUrl = "https://openapi.koreainvestment.com:9443";
    public const string VtsRestUrl = "https://openapivts.koreainvestment.com:29443";
    public const string RealWebSocketUrl = "ws://ops.koreainvestment.com:21000";
    public const string VtsWebSocketUrl = "ws://ops.koreainvestment.com:31000";

    public required KisEnvironment Environment { get; init; }

    /// <summary>36 characters, issued per environment.</summary>
    public required string AppKey { get; init; }

    /// <summary>180 characters; a secret, never logged.</summary>
    public required string AppSecret { get; init; }

    /// <summary>CANO: the 8-digit account number.</summary>
    public required string AccountNumber { get; init; }

    /// <summary>ACNT_PRDT_CD: the 2-digit product code, <c>01</c> for a stock account.</summary>
    public string ProductCode { get; init; } = "01";

    /// <summary>The HTS id execution notices are subscribed under; null: fills are polled.</summary>
    public string? HtsId { get; init; }

    public string? RestBaseUrl { get; init; }

    public string? WebSocketUrl { get; init; }

    /// <summary>Requests per second this key may send (real 20 at most, default 18; VTS 2).</summary>
    public double? RequestsPerSecond { get; init; }

    public string EffectiveRestBaseUrl => (RestBaseUrl ?? (Environment == KisEnvironment.Real ? RealRestUrl : VtsRestUrl)).TrimEnd('/');

    public string EffectiveWebSocketUrl => (WebSocketUrl ?? (Environment == KisEnvironment.Real ? RealWebSocketUrl : VtsWebSocketUrl)).TrimEnd('/');

    public double EffectiveRequestsPerSecond => RequestsPerSecond ?? (Environment == KisEnvironment.Real ? 18 : 2);

    /// <summary>Names the key by its fingerprint; the app key and secret never appear in text.</summary>
    public override string ToString() =>
        $"KisOptions({Environment}, key {(string.IsNullOrEmpty(AppKey) ? "missing" : KisKeyFingerprint.Of(AppKey))}, account {AccountNumber}-{ProductCode}, {EffectiveRestBaseUrl})";

    /// <summary>Every problem with these options at once, in words a user can act on; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(AppKey)) problems.Add("the app key is missing (KIS_APP_KEY or APP_KEY)");
        if (string.IsNullOrWhiteSpace(AppSecret)) problems.Add("the app secret is missing (KIS_APP_SECRET or APP_SECRET)");
        if (AccountNumber.Length != 8 || !AccountNumber.All(char.IsAsciiDigit))
            problems.Add("the account number must be 8 digits (CANO), e.g. 12345678 from 12345678-01");
        if (ProductCode.Length != 2 || !ProductCode.All(char.IsAsciiDigit)) problems.Add("the account product code must be 2 digits, e.g. 01");
        var limit = Environment == KisEnvironment.Real ? 20 : 2;
        if (RequestsPerSecond is { } rps && (rps <= 0 || rps > limit))
            problems.Add($"requests per second must be above 0 and at most {limit} on the {(Environment == KisEnvironment.Real ? "real" : "VTS")} host, not {rps}");
        if (RestBaseUrl is { } rest && !Uri.TryCreate(rest, UriKind.Absolute, out _)) problems.Add($"the REST base URL '{rest}' is not an absolute URL");
        if (WebSocketUrl is { } ws && !(Uri.TryCreate(ws, UriKind.Absolute, out var u) && u.Scheme is "ws" or "wss"))
            problems.Add($"the WebSocket URL '{ws}' is not a ws:// or wss:// URL");
        return problems;
    }
}
