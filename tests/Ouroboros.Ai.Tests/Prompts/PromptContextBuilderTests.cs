using Ouroboros.Ai.Prompts;
using static Ouroboros.Ai.Tests.Prompts.PromptTestData;

namespace Ouroboros.Ai.Tests.Prompts;

public sealed class PromptContextBuilderTests
{
    [Fact]
    public void A_bar_that_closes_exactly_at_as_of_is_known_and_one_that_closes_later_is_not()
    {
        var bars = new[] { Bar(Utc(2025, 3, 3), 1, 2, 1, 2, 5), Bar(Utc(2025, 3, 4), 2, 3, 2, 3, 5) };
        var context = PromptContextBuilder.Build("KRX", Utc(2025, 3, 4), [new PromptInstrument(Samsung, bars, TimeSpan.FromDays(1))]);
        context.Instruments[0].Timeframes[0].Bars.Count.ShouldBe(1);
    }

    [Fact]
    public void Stocks_get_daily_and_weekly_and_crypto_gets_fifteen_minutes_one_hour_and_four_hours()
    {
        var asOf = Utc(2025, 3, 20);
        var stock = PromptContextBuilder.Build("KRX", asOf, [new PromptInstrument(Samsung, Walk(Utc(2025, 1, 1), TimeSpan.FromDays(1), 60, 1), TimeSpan.FromDays(1))]);
        var crypto = PromptContextBuilder.Build("CRYPTO", asOf, [new PromptInstrument(Bitcoin, Walk(Utc(2025, 3, 10), TimeSpan.FromMinutes(15), 500, 2), TimeSpan.FromMinutes(15))]);

        stock.Instruments[0].Timeframes.Select(t => t.Label).ShouldBe(["1d", "1w"]);
        crypto.Instruments[0].Timeframes.Select(t => t.Label).ShouldBe(["15m", "1h", "4h"]);
    }

    [Fact]
    public void Exchange_local_time_is_shown_in_the_markets_zone_with_its_abbreviation_and_weekday()
    {
        var context = PromptContextBuilder.Build("KRX", Utc(2025, 3, 9, 23, 30), []);
        context.LocalTime.ShouldBe("2025-03-10 08:30 KST Mon");
        PromptContextBuilder.Build("NYSE", Utc(2025, 7, 1, 13, 0), []).LocalTime.ShouldBe("2025-07-01 09:00 EDT Tue");
    }

    [Fact]
    public void Indicators_that_are_still_warming_up_are_shown_as_na_never_zero()
    {
        var bars = Walk(Utc(2025, 1, 1), TimeSpan.FromDays(1), 5, 3);
        var context = PromptContextBuilder.Build("KRX", Utc(2025, 2, 1), [new PromptInstrument(Samsung, bars, TimeSpan.FromDays(1))]);
        var prompt = new PromptComposer().Build(PromptKind.Decision, context);

        prompt.User.ShouldContain("indicators 1d: rsi14=na atr14=na volratio20=na roc10=na");
        prompt.User.ShouldNotContain("rsi14=0 ");
    }

    [Fact]
    public void Position_lines_show_quantity_cost_last_price_and_profit()
    {
        var bars = new[] { Bar(Utc(2025, 3, 3), 100, 110, 95, 105.50m, 1000) };
        var context = PromptContextBuilder.Build("KRX", Utc(2025, 3, 5),
            [new PromptInstrument(Samsung, bars, TimeSpan.FromDays(1), Quantity: 10m, AverageCost: 100m)]);
        var prompt = new PromptComposer().Build(PromptKind.Decision, context);

        prompt.User.ShouldContain("KRX:005930: qty 10, avg cost 100, last 105.5, P&L 55 (+5.5%)");
        prompt.User.ShouldContain("2025-03-03,100,110,95,105.5,1000");
    }
}
