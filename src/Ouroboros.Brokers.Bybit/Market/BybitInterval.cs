namespace Ouroboros.Brokers.Bybit.Market;

/// <summary>The kline intervals Bybit accepts (external-apis.md §1.6), by the text it wants.</summary>
public static class BybitInterval
{
    private static readonly Dictionary<TimeSpan, string> ByLength = new()
    {
        [TimeSpan.FromMinutes(1)] = "1", [TimeSpan.FromMinutes(3)] = "3", [TimeSpan.FromMinutes(5)] = "5",
        [TimeSpan.FromMinutes(15)] = "15", [TimeSpan.FromMinutes(30)] = "30", [TimeSpan.FromHours(1)] = "60",
        [TimeSpan.FromHours(2)] = "120", [TimeSpan.FromHours(4)] = "240", [TimeSpan.FromHours(6)] = "360",
        [TimeSpan.FromHours(12)] = "720", [TimeSpan.FromDays(1)] = "D", [TimeSpan.FromDays(7)] = "W",
    };

    /// <summary>Bybit's name for a bar length, or null when it offers none of that length.</summary>
    public static string? Of(TimeSpan length) => ByLength.GetValueOrDefault(length);
}
