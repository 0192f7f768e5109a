using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ouroboros.Fakes.Kis;
using Ouroboros.TestKit;

namespace Ouroboros.Brokers.Kis.Tests.FakeServer;

/// <summary>
/// A started fake with one account of its own host and one of the other, a FakeClock inside KRX hours, and a plain
/// HttpClient speaking the wire format by hand (never the src client: these tests pin the fake itself).
/// </summary>
internal sealed class KisFakeHarness : IAsyncDisposable
{
    public const string RealKey = "PSreal000000000000000000000000000001";
    public const string VtsKey = "PSvts0000000000000000000000000000001";
    public const string RealCano = "12345678";
    public const string VtsCano = "50123456";
    public static readonly string RealSecret = new('r', 180);
    public static readonly string VtsSecret = new('v', 180);

    /// <summary>Thursday 2026-07-09 10:00 KST: KRX open, US closed.</summary>
    public static readonly DateTimeOffset KrxMorning = new(2026, 7, 9, 1, 0, 0, TimeSpan.Zero);

    /// <summary>Thursday 2026-07-09 10:00 New York (EDT): US open, KRX closed.</summary>
    public static readonly DateTimeOffset UsMorning = new(2026, 7, 9, 14, 0, 0, TimeSpan.Zero);

    private KisFakeHarness(FakeKisServer server, FakeClock clock)
    {
        Server = server;
        Clock = clock;
        Http = new HttpClient { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
    }

    public FakeKisServer Server { get; }

    public FakeClock Clock { get; }

    public HttpClient Http { get; }

    public string Token { get; set; } = string.Empty;

    /// <summary>Gives up on /uapi calls after this long, as a client's own timeout would.</summary>
    public TimeSpan? CallTimeout { get; set; }

    public bool IsVts => Server.Host == FakeKisHost.Vts;

    public string Key => IsVts ? VtsKey : RealKey;

    public string Secret => IsVts ? VtsSecret : RealSecret;

    public string Cano => IsVts ? VtsCano : RealCano;

    /// <summary>The host's own TR for an account API: V instead of the leading T or C on VTS.</summary>
    public string Tr(string realTr) => IsVts ? "V" + realTr[1..] : realTr;

    public static async Task<KisFakeHarness> StartAsync(FakeKisHost host, DateTimeOffset? now = null, IEnumerable<FakeKisHolding>? holdings = null,
        Dictionary<string, decimal>? cash = null, bool withToken = true)
    {
        var clock = new FakeClock(now ?? KrxMorning);
        var server = await FakeKisServer.StartAsync(host, clock);
        var money = cash ?? new Dictionary<string, decimal> { ["KRW"] = 10_000_000m, ["USD"] = 10_000m, ["HKD"] = 100_000m };
        server.AddAccount(FakeKisHost.Real, RealKey, RealSecret, RealCano, "01", money, host == FakeKisHost.Real ? holdings : null);
        server.AddAccount(FakeKisHost.Vts, VtsKey, VtsSecret, VtsCano, "01", money, host == FakeKisHost.Vts ? holdings : null);
        var harness = new KisFakeHarness(server, clock);
        if (withToken)
        {
            var (status, body) = await harness.IssueTokenAsync();
            status.ShouldBe(HttpStatusCode.OK);
            harness.Token = body.GetProperty("access_token").GetString()!;
        }
        return harness;
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> IssueTokenAsync(string? key = null, string? secret = null) =>
        PostRawAsync("/oauth2/tokenP", new { grant_type = "client_credentials", appkey = key ?? Key, appsecret = secret ?? Secret });

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostRawAsync(string path, object body)
    {
        using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(path, content);
        return (response.StatusCode, await ReadAsync(response));
    }

    public async Task<KisAnswer> GetAsync(string path, string trId, IReadOnlyDictionary<string, string>? query = null, Action<HttpRequestMessage>? tweak = null)
    {
        var url = path + (query is null ? string.Empty : "?" + string.Join("&", query.Select(q => q.Key + "=" + Uri.EscapeDataString(q.Value))));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        AddHeaders(request, trId);
        tweak?.Invoke(request);
        return await SendAsync(request);
    }

    public async Task<KisAnswer> PostAsync(string path, string trId, object body, Action<HttpRequestMessage>? tweak = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        AddHeaders(request, trId);
        tweak?.Invoke(request);
        return await SendAsync(request);
    }

    /// <summary>A domestic cash order with the host's new TR.</summary>
    public Task<KisAnswer> OrderAsync(FakeKisSide side, string symbol, decimal quantity, decimal price, string division = "00", string? trId = null) =>
        PostAsync("/uapi/domestic-stock/v1/trading/order-cash", trId ?? Tr(side == FakeKisSide.Buy ? "TTTC0012U" : "TTTC0011U"), new Dictionary<string, string>
        {
            ["CANO"] = Cano, ["ACNT_PRDT_CD"] = "01", ["PDNO"] = symbol, ["ORD_DVSN"] = division,
            ["ORD_QTY"] = quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ORD_UNPR"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture), ["EXCG_ID_DVSN_CD"] = "KRX",
        });

    public Dictionary<string, string> Account(params (string Key, string Value)[] extra)
    {
        var query = new Dictionary<string, string> { ["CANO"] = Cano, ["ACNT_PRDT_CD"] = "01" };
        foreach (var (k, v) in extra)
            query[k] = v;
        return query;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    private void AddHeaders(HttpRequestMessage request, string trId)
    {
        request.Headers.TryAddWithoutValidation("authorization", "Bearer " + Token);
        request.Headers.TryAddWithoutValidation("appkey", Key);
        request.Headers.TryAddWithoutValidation("appsecret", Secret);
        request.Headers.TryAddWithoutValidation("tr_id", trId);
        request.Headers.TryAddWithoutValidation("custtype", "P");
    }

    private async Task<KisAnswer> SendAsync(HttpRequestMessage request)
    {
        using var timeout = new CancellationTokenSource(CallTimeout ?? Timeout.InfiniteTimeSpan);
        using var response = await Http.SendAsync(request, timeout.Token);
        var trCont = response.Headers.TryGetValues("tr_cont", out var values) ? values.First() : null;
        return new KisAnswer(response.StatusCode, await ReadAsync(response), trCont, response.Headers.Contains("gt_uid"));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            using var doc = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            // Not JSON (an injected plain 500): the body comes back as one JSON string.
            return JsonSerializer.SerializeToElement(text);
        }
    }
}
