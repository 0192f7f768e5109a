using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Brokers.Kis.Tests.FakeServer;
using Ouroboros.Brokers.Kis.Tests.Http;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Brokers.Kis.Tests.Contract;

/// <summary>
/// Issue 11 item 3 under load, on the real clock: many concurrent quote calls through one client never go over the
/// host's per-key limit (the fake counts every EGW00201 it would have sent). The achieved throughput is measured in
/// bench/ (the KIS rate workload, docs/performance.md), never asserted here.
/// </summary>
public sealed class RateLimitLoadContractTests
{
    [Theory]
    [InlineData(FakeKisHost.Real, 90)]
    [InlineData(FakeKisHost.Vts, 12)]
    public async Task Concurrent_quotes_at_the_configured_rate_draw_no_EGW00201(FakeKisHost host, int calls)
    {
        await using var server = await FakeKisServer.StartAsync(host, TimeProvider.System);
        server.EnforceSessionHours = false;
        var vts = host == FakeKisHost.Vts;
        var (key, secret, cano) = vts
            ? (KisFakeHarness.VtsKey, KisFakeHarness.VtsSecret, KisFakeHarness.VtsCano)
            : (KisFakeHarness.RealKey, KisFakeHarness.RealSecret, KisFakeHarness.RealCano);
        server.AddAccount(host, key, secret, cano);
        server.DefineSymbol("005930", "삼성전자");
        server.SetPrice("005930", 71_900m);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var options = new KisOptions
        {
            Environment = vts ? KisEnvironment.Vts : KisEnvironment.Real,
            AppKey = key,
            AppSecret = secret,
            AccountNumber = cano,
            RestBaseUrl = server.BaseUrl,
        };
        // Retries would hide a refusal behind a success: with none, every EGW00201 also fails its call.
        using var client = new KisClient(options, http, TimeProvider.System, new InMemoryTokenStore(), settings: new KisClientSettings { MaxRateLimitRetries = 0 });
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var results = await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => Task.Run(() => client.Domestic.GetPriceAsync("005930", bound.Token))));

        server.RateLimitRejections.ShouldBe(0);
        results.Where(r => !r.IsSuccess).Select(r => r.Error!.Message).ShouldBeEmpty();
        server.Requests.Count(r => r.Path.EndsWith("inquire-price", StringComparison.Ordinal)).ShouldBe(calls);
    }
}
