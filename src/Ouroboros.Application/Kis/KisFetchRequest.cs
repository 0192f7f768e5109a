namespace Ouroboros.Application.Kis;

/// <summary>How often bars are fetched: daily (any range) or today's minute bars (KRX only).</summary>
public enum KisFetchInterval
{
    Daily,
    Minute,
}

/// <summary>
/// `data fetch --source kis`: one symbol of one market (KR or an overseas code), daily or minute bars between two dates
/// (exchange dates; daily defaults: a year back to yesterday, minute: today), into <paramref name="OutFile"/>.
/// </summary>
public sealed record KisFetchRequest(string Symbol, string Market, KisFetchInterval Interval, DateOnly? From, DateOnly? To, string OutFile);
