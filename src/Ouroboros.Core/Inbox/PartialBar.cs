using System.Globalization;
using Ouroboros.Domain.Bars;

namespace Ouroboros.Core.Inbox;

/// <summary>
/// The bar of the strategy's interval that is still in progress: built from the prints of its period up to
/// <see cref="AsOf"/>. It is never a closed bar: the kernel keeps it apart from completed history, indicators, marks
/// and everything a closed bar feeds, and replaces it with the next one or drops it when the period's bar closes.
/// <see cref="Bar"/> carries the period's open time, like the closed bar it will become; its close is the last price.
/// </summary>
public sealed record PartialBar
{
    public PartialBar(int instrument, Bar bar, DateTimeOffset asOf)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(instrument);
        if (bar.Validate() is { } problem)
            throw new ArgumentException($"The partial bar of instrument {instrument} at {bar.Time:O} is not usable: {problem}.", nameof(bar));
        if (asOf < bar.Time)
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"A partial bar cannot be as of a time before its period starts ({bar.Time:O}).");
        Instrument = instrument;
        Bar = bar;
        AsOf = asOf;
    }

    /// <summary>Index into the run's instrument list.</summary>
    public int Instrument { get; }

    /// <summary>Open, high, low, last and volume of the period so far, stamped with the period's open time.</summary>
    public Bar Bar { get; }

    /// <summary>When the prints it was built from were read.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The last price of the period so far.</summary>
    public decimal Last => Bar.Close;

    /// <summary>How prompts, rationales and reports name it, so no reader mistakes it for a closed bar (UTC time).</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"partial (as of {AsOf.UtcDateTime:HH:mm})");
}
