namespace Ouroboros.Ai.Decisions;

/// <summary>
/// A take profit or stop loss as the model gave it. Prices are kept as prices; "5%" is kept as <c>Percent</c> 5
/// (a move of five percent from the entry, always in the trade's favour for a take profit and against it for a stop),
/// because converting to a price needs the entry, which only the caller knows.
/// </summary>
public readonly record struct PriceLevel
{
    public PriceLevel(decimal value, PriceLevelKind kind)
    {
        if (value <= 0) throw new ArgumentOutOfRangeException(nameof(value), value, "A price level must be positive.");
        if (kind == PriceLevelKind.Percent && value > 100)
            throw new ArgumentOutOfRangeException(nameof(value), value, "A percentage level must be at most 100.");
        Value = value;
        Kind = kind;
    }

    public decimal Value { get; }
    public PriceLevelKind Kind { get; }

    public static PriceLevel Price(decimal value) => new(value, PriceLevelKind.Price);
    public static PriceLevel Percent(decimal value) => new(value, PriceLevelKind.Percent);

    public override string ToString() =>
        Kind == PriceLevelKind.Percent ? $"{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}%" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
