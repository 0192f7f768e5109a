using Ouroboros.Application.Markets;
using Ouroboros.Core.Errors;
using Ouroboros.TestKit;

namespace Ouroboros.Application.Tests.Markets;

/// <summary>Which markets are open at an instant, from the calendars only.</summary>
public sealed class MarketStatusTests
{
    [Fact]
    public void Krx_is_in_its_regular_session_on_a_monday_morning_while_nyse_is_closed()
    {
        var at = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(9));

        var result = new MarketStatus(new FakeClock()).Execute(new MarketStatusRequest(at, ["KRX", "NYSE"]));

        result.At.ShouldBe(at);
        result.At.Offset.ShouldBe(TimeSpan.Zero);
        var krx = result.Markets.Single(m => m.Market == "KRX");
        krx.Open.ShouldBeTrue();
        krx.Session.ShouldBe("regular");
        krx.LocalTime.Offset.ShouldBe(TimeSpan.FromHours(9));
        krx.NextClose.ShouldBe(new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(9)));
        var nyse = result.Markets.Single(m => m.Market == "NYSE");
        nyse.Open.ShouldBeFalse();
        nyse.Session.ShouldBe("closed");
        nyse.NextOpen.ShouldBe(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(-5)));
    }

    [Fact]
    public void Without_an_instant_the_clock_decides_and_without_names_every_market_is_shown()
    {
        var clock = new FakeClock();

        var result = new MarketStatus(clock).Execute(new MarketStatusRequest());

        result.At.ShouldBe(clock.GetUtcNow());
        result.Markets.Select(m => m.Market).ShouldContain("KRX");
        result.Markets.Select(m => m.Market).ShouldContain("CRYPTO");
        result.Markets.Select(m => m.Market).ShouldBeUnique();
    }

    [Fact]
    public void A_market_named_twice_is_shown_once_and_an_unknown_market_is_bad_input()
    {
        var status = new MarketStatus(new FakeClock());

        status.Execute(new MarketStatusRequest(null, ["KRX", "krx"])).Markets.Count.ShouldBe(1);
        var error = Should.Throw<InvalidInputException>(() => status.Execute(new MarketStatusRequest(null, ["MARS"])));
        error.Input.ShouldBe("market");
        error.Message.ShouldContain("known markets: KRX");
    }
}
