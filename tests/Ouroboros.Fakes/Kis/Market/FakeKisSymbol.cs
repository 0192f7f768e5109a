namespace Ouroboros.Fakes.Kis;

/// <summary>A symbol's quote and bars. <see cref="Market"/> is <c>KRX</c> or an overseas quote code (NAS, TSE…).</summary>
internal sealed class FakeKisSymbol(string code, string market)
{
    public string Code { get; } = code;

    public string Market { get; set; } = market;

    public string Name { get; set; } = code;

    public bool IsEtf { get; set; }

    public decimal? Price { get; set; }

    /// <summary>The previous close; the ±30% band is computed from it. Set by the first price unless a test sets it.</summary>
    public decimal? BasePrice { get; set; }

    public decimal? Open { get; set; }

    public decimal? High { get; set; }

    public decimal? Low { get; set; }

    public decimal Volume { get; set; }

    public decimal TradedValue { get; set; }

    /// <summary>Oldest first.</summary>
    public List<FakeKisBar> DailyBars { get; } = [];

    /// <summary>Oldest first.</summary>
    public List<FakeKisBar> MinuteBars { get; } = [];

    public bool IsDomestic => Market == FakeKisExchange.Krx;

    public void Quote(decimal price)
    {
        BasePrice ??= price;
        Open ??= price;
        High = High is { } h && h >= price ? h : price;
        Low = Low is { } l && l <= price ? l : price;
        Price = price;
    }

    public decimal Change => Price is { } p && BasePrice is { } b ? p - b : 0m;
}
