using System.Globalization;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Kis;

/// <summary>
/// The configured KIS key, account and hosts (Kis:* settings and the seeds' names), not yet bound to an environment.
/// The one seam through which the rest of the app gets <see cref="KisOptions"/>: <see cref="Resolve(KisEnvironment)"/>
/// checks everything an environment needs and names every problem at once. The app key and secret are never shown:
/// <see cref="ToString"/> names the key by its fingerprint. Equal when configured alike.
/// </summary>
public sealed record KisConnectionSettings
{
    private const string KeyNames = "Kis:AppKey (KIS_APP_KEY or APP_KEY)";
    private const string SecretNames = "Kis:AppSecret (KIS_APP_SECRET or APP_SECRET)";
    private const string AccountNames = "Kis:AccountNumber (KIS_ACCOUNT_NO, or CANO with ACNT_PRDT)";

    private readonly string? _appKey;
    private readonly string? _appSecret;
    private readonly string? _account;
    private readonly string? _productCode;
    private readonly KisEnvironment? _environment;

    public KisConnectionSettings(string? appKey, string? appSecret, string? accountNumber, string? productCode,
        KisEnvironment? environment, KisEnvironment defaultEnvironment, string? restUrl = null, string? webSocketUrl = null,
        string? requestsPerSecond = null, string? htsId = null)
    {
        _appKey = Blank(appKey);
        _appSecret = Blank(appSecret);
        _account = Blank(accountNumber);
        _productCode = Blank(productCode);
        _environment = environment;
        Environment = environment ?? defaultEnvironment;
        RestUrl = Blank(restUrl);
        WebSocketUrl = Blank(webSocketUrl);
        RequestsPerSecond = Blank(requestsPerSecond);
        HtsId = Blank(htsId);
    }

    /// <summary>Nothing configured (VTS by default, as MODE=paper is).</summary>
    public static KisConnectionSettings None { get; } = new(null, null, null, null, null, KisEnvironment.Vts);

    /// <summary>Kis:Environment, or from Agent:Mode when it is not set (paper → VTS, live → real).</summary>
    public KisEnvironment Environment { get; }

    /// <summary>True when Kis:Environment was set explicitly.</summary>
    public bool EnvironmentConfigured => _environment is not null;

    /// <summary>True when an app key, a secret or an account number is configured.</summary>
    public bool AnyConfigured => _appKey is not null || _appSecret is not null || _account is not null;

    public string? RestUrl { get; }

    public string? WebSocketUrl { get; }

    public string? RequestsPerSecond { get; }

    public string? HtsId { get; }

    /// <summary>The options for the configured <see cref="Environment"/>.</summary>
    public KisOptions Resolve() => Resolve(Environment);

    /// <summary>
    /// The options for <paramref name="environment"/> (the real host or VTS); an <see cref="InvalidInputException"/>
    /// listing every problem when the settings cannot serve it.
    /// </summary>
    public KisOptions Resolve(KisEnvironment environment)
    {
        var problems = Problems(environment);
        if (problems.Count > 0)
            throw new InvalidInputException(null, $"the KIS settings cannot be used for the {KisHosts.Name(environment)} host: {string.Join("; ", problems)}.");
        return Build(environment);
    }

    /// <summary>Everything <see cref="Resolve(KisEnvironment)"/> would refuse, in words a user can act on; empty when usable.</summary>
    public IReadOnlyList<string> Problems(KisEnvironment environment)
    {
        var problems = new List<string>();
        if (_appKey is null) problems.Add($"the app key is missing: set {KeyNames}");
        if (_appSecret is null) problems.Add($"the app secret is missing: set {SecretNames}");
        if (_account is null) problems.Add($"the account number is missing: set {AccountNames}");
        if (_environment is { } configured && configured != environment)
            problems.Add($"Kis:Environment is {Word(configured)} but the {KisHosts.Name(environment)} host was asked for: a key works only on its own host; set Kis:Environment to {Word(environment)} with that host's key");
        problems.AddRange(ShapeProblems(environment));
        if (problems.Count == 0) problems.AddRange(Build(environment).Problems());
        return problems;
    }

    /// <summary>
    /// What is wrong whatever is asked of these settings, for start-up: a malformed account number or URL, a rate out of
    /// range, a URL of the other environment's host. Missing values are not problems until KIS is used.
    /// </summary>
    public IReadOnlyList<string> ShapeProblems() => ShapeProblems(Environment);

    private List<string> ShapeProblems(KisEnvironment environment)
    {
        var problems = new List<string>();
        if (_account is not null)
        {
            if (KisAccountNumber.Parse(_account) is not { } account)
                problems.Add($"Kis:AccountNumber {KisAccountNumber.Masked(_account)} is not an account number: write it as {KisAccountNumber.Forms}");
            else if (_productCode is not null && account.ProductCode is { } given && given != _productCode)
                problems.Add($"Kis:AccountNumber ends in product code {given} but Kis:ProductCode (ACNT_PRDT) says {_productCode}: keep one");
        }
        if (_productCode is not null && (_productCode.Length != 2 || !_productCode.All(char.IsAsciiDigit)))
            problems.Add($"Kis:ProductCode (ACNT_PRDT) '{_productCode}' must be 2 digits, e.g. 01");
        if (RestUrl is not null)
        {
            if (!Uri.TryCreate(RestUrl, UriKind.Absolute, out var rest) || rest.Scheme is not ("http" or "https"))
                problems.Add($"Kis:RestUrl (KIS_BASE_URL or BASE_URL) '{RestUrl}' is not an http(s) URL");
            else if (KisHosts.OfRestUrl(RestUrl) is { } host && host != environment)
                problems.Add(Mismatch("Kis:RestUrl (KIS_BASE_URL or BASE_URL)", host, environment));
        }
        if (WebSocketUrl is not null)
        {
            if (!Uri.TryCreate(WebSocketUrl, UriKind.Absolute, out var ws) || ws.Scheme is not ("ws" or "wss"))
                problems.Add($"Kis:WebSocketUrl (KIS_WS_URL) '{WebSocketUrl}' is not a ws:// or wss:// URL");
            else if (KisHosts.OfWebSocketUrl(WebSocketUrl) is { } host && host != environment)
                problems.Add(Mismatch("Kis:WebSocketUrl (KIS_WS_URL)", host, environment));
        }
        if (RequestsPerSecond is not null)
        {
            var limit = environment == KisEnvironment.Real ? 20 : 2;
            if (!double.TryParse(RequestsPerSecond, NumberStyles.Float, CultureInfo.InvariantCulture, out var rps) || !double.IsFinite(rps))
                problems.Add($"Kis:RequestsPerSecond (RATE_LIMIT_RPS) '{RequestsPerSecond}' is not a number");
            else if (rps <= 0 || rps > limit)
                problems.Add($"Kis:RequestsPerSecond (RATE_LIMIT_RPS) must be above 0 and at most {limit} on the {KisHosts.Name(environment)} host, not {RequestsPerSecond}");
        }
        return problems;
    }

    private static string Mismatch(string setting, KisEnvironment urlHost, KisEnvironment keyHost) =>
        $"{setting} is the {KisHosts.Name(urlHost)} host but the key is for the {KisHosts.Name(keyHost)} host (Kis:Environment, or MODE: paper means VTS); " +
        $"KIS refuses a key on the other host (EGW02004): use the {KisHosts.Name(keyHost)} URL or set Kis:Environment to {Word(urlHost)} with that host's key";

    private KisOptions Build(KisEnvironment environment)
    {
        var account = _account is null ? null : KisAccountNumber.Parse(_account);
        return new KisOptions
        {
            Environment = environment,
            AppKey = _appKey ?? "",
            AppSecret = _appSecret ?? "",
            AccountNumber = account?.Cano ?? "",
            ProductCode = account?.ProductCode ?? _productCode ?? "01",
            HtsId = HtsId,
            RestBaseUrl = RestUrl,
            WebSocketUrl = WebSocketUrl,
            RequestsPerSecond = RequestsPerSecond is { } r && double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var rps) ? rps : null,
        };
    }

    private static string Word(KisEnvironment environment) => environment == KisEnvironment.Real ? "real" : "vts";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public override string ToString() =>
        $"KisConnectionSettings({Word(Environment)}, key {(_appKey is null ? "missing" : KisKeyFingerprint.Of(_appKey))}, account {(_account is null ? "missing" : KisAccountNumber.Masked(_account))})";
}
