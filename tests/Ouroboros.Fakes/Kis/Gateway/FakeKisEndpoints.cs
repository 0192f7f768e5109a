namespace Ouroboros.Fakes.Kis;

/// <summary>Every /uapi endpoint the fake serves, with the TR ids of §5.1 and §6.2 (old and new where both exist).</summary>
internal static class FakeKisEndpoints
{
    private const string DomesticQuote = "/uapi/domestic-stock/v1/quotations/";
    private const string DomesticTrading = "/uapi/domestic-stock/v1/trading/";
    private const string OverseasQuote = "/uapi/overseas-price/v1/quotations/";
    private const string OverseasStock = "/uapi/overseas-stock/v1/";
    private static readonly string[] None = [];

    public static readonly IReadOnlyList<FakeKisEndpoint> All =
    [
        Both("GET", DomesticQuote + "inquire-price", "FHKST01010100", DomesticQuotes.Price),
        Both("GET", DomesticQuote + "inquire-asking-price-exp-ccn", "FHKST01010200", DomesticQuotes.AskingPrice),
        Both("GET", DomesticQuote + "inquire-daily-itemchartprice", "FHKST03010100", DomesticQuotes.DailyItemChart),
        Both("GET", DomesticQuote + "inquire-daily-price", "FHKST01010400", DomesticQuotes.DailyPrice),
        Both("GET", DomesticQuote + "inquire-time-itemchartprice", "FHKST03010200", DomesticQuotes.MinuteChart),
        new("GET", DomesticQuote + "volume-rank", ["FHPST01710000"], None, DomesticRankings.VolumeRank),
        new("GET", "/uapi/domestic-stock/v1/ranking/fluctuation", ["FHPST01700000"], None, DomesticRankings.Fluctuation),
        new("GET", DomesticQuote + "chk-holiday", ["CTCA0903R"], None, DomesticRankings.Holidays),
        Account("GET", DomesticTrading + "inquire-balance", ["TTTC8434R"], DomesticAccount.Balance),
        Account("GET", DomesticTrading + "inquire-psbl-order", ["TTTC8908R"], DomesticAccount.BuyableAmount),
        new("GET", DomesticTrading + "inquire-psbl-sell", ["TTTC8408R"], None, DomesticAccount.SellableQuantity),
        Account("POST", DomesticTrading + "order-cash", ["TTTC0011U", "TTTC0012U", "TTTC0801U", "TTTC0802U"], DomesticOrders.Place),
        Account("POST", DomesticTrading + "order-rvsecncl", ["TTTC0013U", "TTTC0803U"], DomesticOrders.Change),
        new("GET", DomesticTrading + "inquire-psbl-rvsecncl", ["TTTC0084R", "TTTC8036R"], None, DomesticAccount.Cancellable),
        Account("GET", DomesticTrading + "inquire-daily-ccld", ["TTTC0081R", "CTSC9215R", "TTTC8001R", "CTSC9115R"], DomesticFills.DailyOrders),
        Both("GET", OverseasQuote + "price", "HHDFS00000300", OverseasQuotes.Price),
        Both("GET", OverseasQuote + "dailyprice", "HHDFS76240000", OverseasQuotes.DailyPrice),
        new("GET", OverseasQuote + "price-detail", ["HHDFS76200200"], None, OverseasQuotes.PriceDetail),
        new("GET", OverseasQuote + "inquire-asking-price", ["HHDFS76200100"], None, OverseasQuotes.AskingPrice),
        new("GET", OverseasStock + "ranking/updown-rate", ["HHDFS76290000"], None, OverseasQuotes.UpDownRate),
        new("GET", OverseasStock + "ranking/trade-vol", ["HHDFS76310010"], None, OverseasQuotes.TradeVolume),
        Account("GET", OverseasStock + "trading/inquire-balance", ["TTTS3012R"], OverseasAccount.Balance),
        Account("GET", OverseasStock + "trading/inquire-present-balance", ["CTRP6504R"], OverseasAccount.PresentBalance),
        Account("GET", OverseasStock + "trading/inquire-psamount", ["TTTS3007R"], OverseasAccount.Buyable),
        new("POST", OverseasStock + "trading/order", OverseasOrders.OrderTrs(FakeKisHost.Real), OverseasOrders.OrderTrs(FakeKisHost.Vts), OverseasOrders.Place),
        new("POST", OverseasStock + "trading/order-rvsecncl", OverseasOrders.ChangeTrs(FakeKisHost.Real), OverseasOrders.ChangeTrs(FakeKisHost.Vts), OverseasOrders.Change),
        new("GET", OverseasStock + "trading/inquire-nccs", ["TTTS3018R"], None, OverseasFills.OpenOrders),
        Account("GET", OverseasStock + "trading/inquire-ccnl", ["TTTS3035R"], OverseasFills.History),
    ];

    public static FakeKisEndpoint? Find(string method, string path) =>
        All.FirstOrDefault(e => string.Equals(e.Path, path, StringComparison.Ordinal) && string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase));

    /// <summary>A quote TR is the same on both hosts (§2.3).</summary>
    private static FakeKisEndpoint Both(string method, string path, string tr, Func<FakeKisCall, FakeKisReply> handle) =>
        new(method, path, [tr], [tr], handle);

    /// <summary>Account TRs: VTS replaces the leading T or C by V (§2.3: TTTC8434R → VTTC8434R, CTSC9215R → VTSC9215R).</summary>
    private static FakeKisEndpoint Account(string method, string path, string[] realTrs, Func<FakeKisCall, FakeKisReply> handle) =>
        new(method, path, realTrs, realTrs.Select(tr => "V" + tr[1..]).ToArray(), handle);
}
