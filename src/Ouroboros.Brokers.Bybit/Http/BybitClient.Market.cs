using System.Globalization;
using Ouroboros.Brokers.Bybit.Common;
using Ouroboros.Brokers.Bybit.Market;
using Ouroboros.Core.Ports;

namespace Ouroboros.Brokers.Bybit.Http;

/// <summary>Public market data (no key needed): klines, tickers, instrument rules and funding history.</summary>
public sealed partial class BybitClient
{
    /// <summary>
    /// Up to <paramref name="limit"/> (1–1000) candles of <paramref name="interval"/> (Bybit's text: 1, 5, 15, 60, 240, D…)
    /// in [start, end], returned oldest first (Bybit lists them newest first).
    /// </summary>
    public async Task<BrokerResult<IReadOnlyList<BybitKline>>> GetKlinesAsync(string symbol, string interval, DateTimeOffset? start = null,
        DateTimeOffset? end = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, 1000);
        var query = new List<KeyValuePair<string, string>> { Q("category", Category), Q("symbol", symbol), Q("interval", interval) };
        if (start is { } s) query.Add(Q("start", BybitNumbers.Millis(s)));
        if (end is { } e) query.Add(Q("end", BybitNumbers.Millis(e)));
        query.Add(Q("limit", limit.ToString(CultureInfo.InvariantCulture)));
        return await CallAsync(BybitRequest.PublicGet("/v5/market/kline", [.. query]),
            r => (IReadOnlyList<BybitKline>)[.. BybitJson.List(r).Select(BybitReaders.Kline).OrderBy(k => k.Start)], cancellationToken).ConfigureAwait(false);
    }

    public async Task<BrokerResult<BybitTicker>> GetTickerAsync(string symbol, CancellationToken cancellationToken = default) =>
        await CallAsync(BybitRequest.PublicGet("/v5/market/tickers", Q("category", Category), Q("symbol", symbol)),
            r => BybitJson.List(r).Select(BybitReaders.Ticker).FirstOrDefault(t => t.Symbol == symbol)
                 ?? throw new BybitFormatException($"no ticker for {symbol}"), cancellationToken).ConfigureAwait(false);

    /// <summary>The rules of one contract, or of every trading linear contract when <paramref name="symbol"/> is null (all pages).</summary>
    public Task<BrokerResult<IReadOnlyList<BybitInstrumentInfo>>> GetInstrumentsAsync(string? symbol = null, CancellationToken cancellationToken = default) =>
        PagedAsync(symbol is null
            ? BybitRequest.PublicGet("/v5/market/instruments-info", Q("category", Category), Q("limit", "1000"))
            : BybitRequest.PublicGet("/v5/market/instruments-info", Q("category", Category), Q("symbol", symbol)), BybitReaders.Instrument, cancellationToken);

    /// <summary>Settled funding rates of <paramref name="symbol"/> up to <paramref name="end"/> (newest first at Bybit; returned oldest first).</summary>
    public async Task<BrokerResult<IReadOnlyList<BybitFundingRate>>> GetFundingHistoryAsync(string symbol, DateTimeOffset? start = null,
        DateTimeOffset? end = null, int limit = 200, CancellationToken cancellationToken = default)
    {
        var query = new List<KeyValuePair<string, string>> { Q("category", Category), Q("symbol", symbol) };
        if (start is { } s) query.Add(Q("startTime", BybitNumbers.Millis(s)));
        if (end is { } e) query.Add(Q("endTime", BybitNumbers.Millis(e)));
        query.Add(Q("limit", limit.ToString(CultureInfo.InvariantCulture)));
        return await CallAsync(BybitRequest.PublicGet("/v5/market/funding/history", [.. query]),
            r => (IReadOnlyList<BybitFundingRate>)[.. BybitJson.List(r).Select(BybitReaders.Funding).OrderBy(f => f.Time)], cancellationToken).ConfigureAwait(false);
    }
}
