using System.Globalization;

namespace Ouroboros.Application.Backtests;

/// <summary>
/// The warm-up of a backtest: bars shown to the strategy before <paramref name="TradeFrom"/> without trading on them.
/// <paramref name="Bars"/> counts time slices (one bar per series at a time). <paramref name="Warning"/> says when
/// the data held fewer bars before the start than were asked for.
/// </summary>
public sealed record BacktestWarmUp(
    int RequestedBars,
    int Bars,
    DateTimeOffset TradeFrom,
    DateTimeOffset? FirstBar,
    DateTimeOffset? LastBar,
    int IntentsDiscarded,
    string? Warning)
{
    /// <summary>One line for people, e.g. "60 bars before 2020-01-02 (2019-10-04 … 2019-12-30), 0 intents discarded".</summary>
    public string Describe()
    {
        var span = FirstBar is { } f && LastBar is { } l ? $" ({Stamp(f)} … {Stamp(l)})" : "";
        return $"{Bars} bar{(Bars == 1 ? "" : "s")} before {Stamp(TradeFrom)}{span}, {IntentsDiscarded} intent{(IntentsDiscarded == 1 ? "" : "s")} discarded";
    }

    /// <summary>Report metadata (JSON and HTML): what was asked, what was used, and when trading began.</summary>
    public IEnumerable<KeyValuePair<string, object?>> ToMetadata()
    {
        yield return new("warmup_bars_requested", RequestedBars);
        yield return new("warmup_bars", Bars);
        yield return new("warmup_first", FirstBar is { } f ? Stamp(f) : null);
        yield return new("warmup_last", LastBar is { } l ? Stamp(l) : null);
        yield return new("warmup_intents_discarded", IntentsDiscarded);
        yield return new("trade_from", Stamp(TradeFrom));
        if (Warning is not null) yield return new("warmup_warning", Warning);
    }

    /// <summary>A date for bars stamped at midnight UTC (daily bars), else the UTC time to the minute.</summary>
    public static string Stamp(DateTimeOffset time) => time.UtcDateTime.TimeOfDay == TimeSpan.Zero
        ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
