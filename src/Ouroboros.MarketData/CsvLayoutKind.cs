namespace Ouroboros.MarketData;

/// <summary>The family of CSV layout a header was recognised as (columns may come in any order).</summary>
public enum CsvLayoutKind
{
    /// <summary>date,open,high,low,close,adj_close,volume (or Date,Open,High,Low,Close,Adj Close,Volume).</summary>
    Yahoo,

    /// <summary>Date,Open,High,Low,Close,Volume,OpenInterest.</summary>
    Backtrader,

    /// <summary>timestamp_ms / open_time / timestamp with close_time, epoch milliseconds; also headerless kline dumps.</summary>
    Binance,

    /// <summary>date,open,high,low,close,volume: KRX, Skender (incl. Timestamp and M/D/YYYY) and any generic OHLCV file.</summary>
    Ohlcv,
}
