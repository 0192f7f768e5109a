using FsCheck;
using FsCheck.Fluent;
using Ouroboros.Brokers.Kis.Common;
using Ouroboros.Brokers.Kis.WebSocket;
using Ouroboros.Fakes.Kis.WebSocket;

namespace Ouroboros.Brokers.Kis.Tests.WebSocket;

public sealed class KisFrameDecoderTests
{
    private static readonly DateTimeOffset Received = new(2026, 7, 9, 0, 30, 13, TimeSpan.Zero);

    private static IReadOnlyList<KisStreamEvent> Decode(string frame, KisFrameDecoder? decoder = null) => (decoder ?? new KisFrameDecoder()).Decode(frame, Received);

    [Fact]
    public void The_contract_s_H0STCNT0_example_is_a_trade_at_09_30_12_KST_which_is_00_30_12_UTC()
    {
        var trade = Decode("0|H0STCNT0|001|" + KisFrames.DomesticExample).ShouldHaveSingleItem().ShouldBeOfType<KisDomesticTrade>();
        trade.Symbol.ShouldBe("005930");
        trade.TradedAt.ShouldBe(new DateTimeOffset(2026, 7, 9, 0, 30, 12, TimeSpan.Zero));
        trade.BusinessDate.ShouldBe(new DateOnly(2026, 7, 9));
        (trade.Price, trade.Volume, trade.CumulativeVolume, trade.CumulativeValue).ShouldBe((71900m, 15m, 3052507m, 219853241700m));
        (trade.Open, trade.High, trade.Low, trade.BestAsk, trade.BestBid).ShouldBe((72100m, 72400m, 71700m, 71900m, 71800m));
    }

    [Fact]
    public void A_frame_of_three_records_is_three_trades_in_their_order()
    {
        var fields = new[] { KisFrames.Domestic(price: "100"), KisFrames.Domestic(price: "101"), KisFrames.Domestic(price: "102") };
        var trades = Decode(FakeKisWebSocketWire.DataFrame("H0STCNT0", fields)).Cast<KisDomesticTrade>().ToList();
        trades.Select(t => t.Price).ShouldBe([100m, 101m, 102m]);
    }

    [Fact]
    public void Any_number_of_records_in_a_frame_are_as_many_trades_with_their_own_prices_in_order() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(
            Gen.Choose(1, 400_000).ArrayOf().Where(a => a.Length is > 0 and < 30).ToArbitrary(), prices =>
            {
                var records = prices.Select(p => (IReadOnlyList<string>)KisFrames.Domestic(price: (p / 10m).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
                var trades = Decode(FakeKisWebSocketWire.DataFrame("H0STCNT0", records)).Cast<KisDomesticTrade>().Select(t => t.Price).ToArray();
                return trades.SequenceEqual(prices.Select(p => p / 10m));
            }));

    [Fact]
    public void An_overseas_trade_takes_its_instant_from_the_korean_fields_and_its_exchange_from_RSYM()
    {
        var trade = Decode(FakeKisWebSocketWire.DataFrame("HDFSCNT0", [KisFrames.Overseas(mtyp: "3")])).ShouldHaveSingleItem().ShouldBeOfType<KisOverseasTrade>();
        trade.Exchange.ShouldBe(KisExchange.Nasdaq);
        trade.Symbol.ShouldBe("AAPL");
        trade.TradedAt.ShouldBe(new DateTimeOffset(2026, 7, 9, 14, 15, 30, TimeSpan.Zero));
        (trade.LocalDate, trade.LocalTime).ShouldBe((new DateOnly(2026, 7, 9), new TimeOnly(10, 15, 30)));
        (trade.Price, trade.Volume, trade.CumulativeVolume).ShouldBe((212.34m, 120m, 1523000m));
        (trade.BestBid, trade.BestAsk).ShouldBe((212.33m, 212.35m));
        trade.Session.ShouldBe(KisOverseasSession.AfterMarket);
    }

    [Fact]
    public void An_overseas_symbol_outside_the_nine_exchanges_names_no_exchange() =>
        Decode(FakeKisWebSocketWire.DataFrame("HDFSCNT0", [KisFrames.Overseas(rsym: "RBAQAAPL")])).ShouldHaveSingleItem()
            .ShouldBeOfType<KisOverseasTrade>().Exchange.ShouldBeNull();

    [Theory]
    [InlineData("hello", "neither")]
    [InlineData("0|H0STCNT0|abc|1^2", "record count 'abc'")]
    [InlineData("0|H0STCNT0|002|1^2^3", "3 fields do not make 2 records of 46")]
    [InlineData("0|H0STASP0|001|1^2^3", "no parser for that TR")]
    [InlineData("1|H0STCNI9|001|AAAA", "no subscribe acknowledgement gave its key")]
    public void An_unreadable_frame_is_one_problem_that_says_what_was_wrong(string frame, string said)
    {
        var problem = Decode(frame).ShouldHaveSingleItem().ShouldBeOfType<KisStreamProblem>();
        if (said != "neither") problem.Message.ShouldContain(said);
        problem.Message.ShouldStartWith(frame.StartsWith('0') || frame.StartsWith('1') ? "a" : "a malformed frame");
    }

    [Fact]
    public void A_trade_without_a_price_is_skipped_as_a_problem_never_read_as_zero()
    {
        var problem = Decode(FakeKisWebSocketWire.DataFrame("H0STCNT0", [KisFrames.Domestic(price: "")])).ShouldHaveSingleItem().ShouldBeOfType<KisStreamProblem>();
        problem.Message.ShouldContain("STCK_PRPR (field 2) '' is not a number");
        problem.Message.ShouldContain("005930");
    }

    [Fact]
    public void An_encrypted_domestic_fill_is_decrypted_with_the_acknowledgement_s_key_and_read()
    {
        var decoder = new KisFrameDecoder();
        var (key, iv) = FakeKisWebSocketWire.NewCipher(new Random(3));
        decoder.SetCipher("H0STCNI9", key, iv);
        var frame = FakeKisWebSocketWire.EncryptedFrame("H0STCNI9", KisFrames.DomesticNotice(), key, iv);
        var notice = Decode(frame, decoder).ShouldHaveSingleItem().ShouldBeOfType<KisExecutionNotice>();
        (notice.Kind, notice.Side, notice.Symbol, notice.IsOverseas).ShouldBe((KisNoticeKind.Fill, Ouroboros.Domain.Orders.OrderSide.Buy, "005930", false));
        (notice.AccountNumber, notice.OrderNumber, notice.OriginalOrderNumber, notice.BranchNumber).ShouldBe(("5012345601", "0000012345", (string?)null, "06010"));
        (notice.FilledQuantity, notice.FillPrice, notice.OrderQuantity, notice.OrderPrice).ShouldBe((10m, 71900m, (decimal?)10m, (decimal?)72000m));
        notice.NoticeTime.ShouldBe(new DateTimeOffset(2026, 7, 9, 0, 30, 15, TimeSpan.Zero));
    }

    [Fact]
    public void An_encrypted_frame_under_another_key_is_a_problem_not_garbage()
    {
        var decoder = new KisFrameDecoder();
        decoder.SetCipher("H0STCNI9", new string('k', 32), new string('i', 16));
        var frame = FakeKisWebSocketWire.EncryptedFrame("H0STCNI9", KisFrames.DomesticNotice(), new string('x', 32), new string('i', 16));
        Decode(frame, decoder).ShouldHaveSingleItem().ShouldBeOfType<KisStreamProblem>().Message.ShouldContain("does not decrypt");
    }

    [Fact]
    public void An_acceptance_carries_the_order_quantity_where_the_fill_s_goes_so_nothing_is_filled()
    {
        var notice = KisNoticeParser.Parse("H0STCNI0", KisFrames.DomesticNotice(filled: "1", quantity: "25", accepted: "1"), Received).ShouldBeOfType<KisExecutionNotice>();
        (notice.Kind, notice.OrderQuantity, notice.FilledQuantity, notice.FillPrice).ShouldBe((KisNoticeKind.Accepted, (decimal?)25m, 0m, (decimal?)null));
    }

    [Fact]
    public void The_older_23_field_domestic_layout_has_its_order_price_last_too()
    {
        var portal = KisFrames.DomesticNotice();
        string[] older = [.. portal[..18], "SAMSUNG", "00", "", "SAMSUNG ELECTRONICS", "71500"];
        KisNoticeParser.Parse("H0STCNI0", older, Received).ShouldBeOfType<KisExecutionNotice>().OrderPrice.ShouldBe(71500m);
    }

    [Fact]
    public void A_market_order_s_price_of_zero_is_no_price() =>
        KisNoticeParser.Parse("H0STCNI0", [.. KisFrames.DomesticNotice()[..25], "0"], Received).ShouldBeOfType<KisExecutionNotice>().OrderPrice.ShouldBeNull();

    [Theory]
    [InlineData("1", "1", "2", KisNoticeKind.Refused)]
    [InlineData("0", "1", "3", KisNoticeKind.IocFokCancelled)]
    [InlineData("0", "2", "2", KisNoticeKind.Fill)]
    public void The_notice_kind_comes_from_the_refusal_fill_and_acceptance_flags(string refused, string filled, string accepted, KisNoticeKind kind) =>
        KisNoticeParser.Parse("H0STCNI0", KisFrames.DomesticNotice(filled, refused: refused, accepted: accepted), Received)
            .ShouldBeOfType<KisExecutionNotice>().Kind.ShouldBe(kind);

    [Theory]
    [InlineData("6", "001480100", 148.01)]
    [InlineData("D", "0012345", 1234.5)]
    [InlineData("4", "0385200", 385.2)]
    [InlineData("F", "0025600", 25600)]
    [InlineData("6", "148.01", 148.01)]
    public void An_overseas_fill_price_without_a_point_uses_its_market_s_implied_decimals(string market, string price, double expected)
    {
        var notice = KisNoticeParser.Parse("H0GSCNI9", KisFrames.OverseasNotice(price: price, market: market), Received).ShouldBeOfType<KisExecutionNotice>();
        notice.FillPrice.ShouldBe((decimal)expected);
        (notice.Side, notice.IsOverseas, notice.OrderQuantity, notice.FilledQuantity).ShouldBe((Ouroboros.Domain.Orders.OrderSide.Sell, true, (decimal?)5m, 3m));
    }

    [Fact]
    public void An_overseas_price_of_an_unknown_market_is_missing_not_guessed() =>
        KisNoticeParser.Parse("H0GSCNI0", KisFrames.OverseasNotice(market: "Z"), Received).ShouldBeOfType<KisExecutionNotice>().FillPrice.ShouldBeNull();

    [Fact]
    public void A_notice_time_just_before_midnight_read_just_after_belongs_to_the_day_before()
    {
        var justAfterMidnightKst = new DateTimeOffset(2026, 7, 9, 15, 0, 1, TimeSpan.Zero);
        KisTime.KstTimeNear(new TimeOnly(23, 59, 58), justAfterMidnightKst).ShouldBe(new DateTimeOffset(2026, 7, 9, 14, 59, 58, TimeSpan.Zero));
        KisTime.KstTimeNear(new TimeOnly(0, 0, 0), justAfterMidnightKst).ShouldBe(new DateTimeOffset(2026, 7, 9, 15, 0, 0, TimeSpan.Zero));
    }
}
