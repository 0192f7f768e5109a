using System.Globalization;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.LlmUsage;

/// <summary>Whole UTC days, both included; <see cref="From"/>/<see cref="To"/> are the half-open instants the log reads.</summary>
public sealed record LlmUsageWindow(DateOnly FirstDay, DateOnly LastDay)
{
    public const int DefaultDays = 7;

    public DateTimeOffset From => new(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset To => new(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The last <paramref name="days"/> UTC days up to <paramref name="to"/> (default today), or from <paramref name="from"/>.</summary>
    public static LlmUsageWindow Of(int? days, DateOnly? from, DateOnly? to, DateTimeOffset now)
    {
        if (days is not null && from is not null)
            throw new InvalidInputException("days", "use either «days» or «from»/«to», not both");
        if (days is <= 0 or > 3660)
            throw new InvalidInputException("days", $"«days» must be 1-3660, not {days}");
        var last = to ?? DateOnly.FromDateTime(now.UtcDateTime);
        var first = from ?? last.AddDays(-((days ?? DefaultDays) - 1));
        if (first > last)
            throw new InvalidInputException("from", $"«from» {Day(first)} is after «to» {Day(last)}");
        return new LlmUsageWindow(first, last);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
