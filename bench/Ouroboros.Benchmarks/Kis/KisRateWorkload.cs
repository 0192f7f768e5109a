using System.Diagnostics;
using System.Globalization;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.Http;
using Ouroboros.Core.Ports;
using Ouroboros.Fakes.Kis;

namespace Ouroboros.Benchmarks.Kis;

/// <summary>
/// `kis-rate`: fires N concurrent quote calls through one KisClient at its configured rate against the loopback KIS fake
/// on the real clock, and prints the rate the fake saw (first to last arrival) against the limit, and the fake's
/// EGW00201 count. A measurement, not a test (docs/performance.md); Contract/RateLimitLoadContractTests asserts zero EGW00201.
/// Usage: kis-rate [real|vts] [calls] [runs]
/// </summary>
internal static class KisRateWorkload
{
    private const string Key = "PSbench00000000000000000000000000001";
    private static readonly string Secret = new('b', 180);

    public static async Task<int> RunAsync(string[] args)
    {
        var vts = args.Length > 0 && args[0] == "vts";
        var calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : (vts ? 20 : 180);
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var rates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var (rate, limit, configured, rejections, failures, wall) = await OnceAsync(vts, calls).ConfigureAwait(false);
            rates.Add(rate);
            await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {(vts ? "VTS" : "real")} {calls} calls in {wall.TotalSeconds:0.00} s; arrivals {rate:0.00} req/s (configured {configured}, host limit {limit}, {rate / configured:P1} of configured); EGW00201 {rejections}; failed calls {failures}")).ConfigureAwait(false);
        }
        rates.Sort();
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"median arrivals {rates[rates.Count / 2]:0.00} req/s over {runs} runs")).ConfigureAwait(false);
        return 0;
    }

    private static async Task<(double Rate, int Limit, double Configured, int Rejections, int Failures, TimeSpan Wall)> OnceAsync(bool vts, int calls)
    {
        var host = vts ? FakeKisHost.Vts : FakeKisHost.Real;
        await using var server = await FakeKisServer.StartAsync(host, TimeProvider.System).ConfigureAwait(false);
        server.AddAccount(host, Key, Secret, "50123456");
        server.DefineSymbol("005930", "Samsung Electronics");
        server.SetPrice("005930", 71_900m);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var options = new KisOptions
        {
            Environment = vts ? KisEnvironment.Vts : KisEnvironment.Real,
            AppKey = Key,
            AppSecret = Secret,
            AccountNumber = "50123456",
            RestBaseUrl = server.BaseUrl,
        };
        using var client = new KisClient(options, http, TimeProvider.System, new MemoryTokenStore(), settings: new KisClientSettings { MaxRateLimitRetries = 0 });
        (await client.Auth.GetTokenAsync(default).ConfigureAwait(false)).Error.ShouldBeNone();
        var wall = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => Task.Run(() => client.Domestic.GetPriceAsync("005930", default)))).ConfigureAwait(false);
        wall.Stop();
        var arrivals = server.Requests.Where(r => r.Path.EndsWith("inquire-price", StringComparison.Ordinal)).Select(r => r.ReceivedAt).Order().ToList();
        var rate = arrivals.Count > 1 ? (arrivals.Count - 1) / (arrivals[^1] - arrivals[0]).TotalSeconds : double.NaN;
        return (rate, vts ? server.VtsRequestsPerSecond : server.RealRequestsPerSecond, options.EffectiveRequestsPerSecond, server.RateLimitRejections,
            results.Count(r => !r.IsSuccess), wall.Elapsed);
    }

    private static void ShouldBeNone(this BrokerError? error)
    {
        if (error is not null) throw new InvalidOperationException("the fake refused the token: " + error.Message);
    }

    private sealed class MemoryTokenStore : IBrokerTokenStore
    {
        private BrokerToken? _token;

        public ValueTask<BrokerToken?> LoadAsync(string broker, string keyFingerprint, CancellationToken cancellationToken) => ValueTask.FromResult(_token);

        public ValueTask SaveAsync(string broker, string keyFingerprint, BrokerToken token, CancellationToken cancellationToken)
        {
            _token = token;
            return ValueTask.CompletedTask;
        }

        public ValueTask DeleteAsync(string broker, string keyFingerprint, CancellationToken cancellationToken)
        {
            _token = null;
            return ValueTask.CompletedTask;
        }
    }
}
