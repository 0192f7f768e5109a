namespace Ouroboros.MarketData;

/// <summary>
/// Where the fields of a bar are in a CSV row. Indices are 0-based columns; <see cref="AdjClose"/> is -1 when absent.
/// </summary>
public sealed record CsvLayout(
    CsvLayoutKind Kind,
    bool HasHeader,
    int ColumnCount,
    int Time,
    int Open,
    int High,
    int Low,
    int Close,
    int Volume,
    int AdjClose)
{
    public bool HasAdjustedClose => AdjClose >= 0;

    /// <summary>The layouts the reader accepts, for error messages.</summary>
    public const string AcceptedLayouts =
        "accepted layouts (columns in any order, names case-insensitive, UTF-8 BOM allowed):\n" +
        "    Yahoo:          date,open,high,low,close,adj_close,volume  or  Date,Open,High,Low,Close,Adj Close,Volume\n" +
        "    KRX / Skender:  date,open,high,low,close,volume  (time column may be Timestamp; dates ISO, YYYYMMDD or M/D/YYYY)\n" +
        "    backtrader:     Date,Open,High,Low,Close,Volume,OpenInterest\n" +
        "    Binance klines: timestamp_ms,open,high,low,close,volume  or  timestamp,open,high,low,close,volume,close_time,...  " +
        "(epoch ms open time), or a headerless 12-column kline dump\n" +
        "    extra columns are ignored";
}
