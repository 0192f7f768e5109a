using System.Globalization;

namespace Ouroboros.Bots.Telegram;

/// <summary>A daily window of local time (it may wrap past midnight: 22:00-07:00) when alerts arrive without a sound.</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    /// <summary>Null for an empty text; the text was validated at start-up.</summary>
    public static QuietHours? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return null;
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        return new QuietHours(TimeOnly.ParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture), TimeOnly.ParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture));
    }

    public bool Contains(TimeOnly time) => From <= To ? time >= From && time < To : time >= From || time < To;
}
