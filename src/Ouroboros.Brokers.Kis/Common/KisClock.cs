namespace Ouroboros.Brokers.Kis.Common;

/// <summary>KIS dates and times are Korean (KST, UTC+9, no daylight saving).</summary>
public static class KisClock
{
    public static readonly TimeSpan KstOffset = TimeSpan.FromHours(9);

    public static DateTimeOffset Kst(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return time.GetUtcNow().ToOffset(KstOffset);
    }

    public static DateOnly KstToday(TimeProvider time) => DateOnly.FromDateTime(Kst(time).DateTime);
}
