using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.Tests.Common;

public sealed class KisOptionsTests
{
    private static KisOptions Valid(KisEnvironment environment = KisEnvironment.Vts) => new()
    {
        Environment = environment,
        AppKey = new string('k', 36),
        AppSecret = new string('s', 180),
        AccountNumber = "50123456",
    };

    [Fact]
    public void Valid_options_have_no_problems_and_default_to_the_hosts_and_rates_of_their_environment()
    {
        Valid().Problems().ShouldBeEmpty();
        Valid().EffectiveRestBaseUrl.ShouldBe(KisOptions.VtsRestUrl);
        Valid().EffectiveRequestsPerSecond.ShouldBe(2);
        Valid(KisEnvironment.Real).EffectiveWebSocketUrl.ShouldBe(KisOptions.RealWebSocketUrl);
        Valid(KisEnvironment.Real).EffectiveRequestsPerSecond.ShouldBe(18);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var bad = Valid() with { AppKey = "", AppSecret = " ", AccountNumber = "1234-01", ProductCode = "1", RequestsPerSecond = 5, WebSocketUrl = "http://x" };
        bad.Problems().Count.ShouldBe(6);
        bad.Problems().ShouldContain(p => p.Contains("at most 2 on the VTS host", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NAS", "NASD")]
    [InlineData("nasd", "NASD")]
    [InlineData("TSE", "TKSE")]
    [InlineData("HNX", "HASE")]
    [InlineData("KR", "KRX")]
    public void Exchanges_are_found_by_quote_or_order_code(string code, string orderCode) =>
        KisExchange.FromCode(code)!.OrderCode.ShouldBe(orderCode);

    [Fact]
    public void An_unknown_exchange_code_is_not_guessed() => KisExchange.FromCode("LSE").ShouldBeNull();
}
