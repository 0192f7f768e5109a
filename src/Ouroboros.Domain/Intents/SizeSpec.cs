using Ouroboros.Domain.Primitives;

namespace Ouroboros.Domain.Intents;

/// <summary>How big an intent is. Sizers turn these into a whole-lot quantity using the venue's broker model.</summary>
public abstract record SizeSpec
{
    private SizeSpec() { }

    /// <summary>A fixed number of units.</summary>
    public sealed record FixedQuantity(decimal Quantity) : SizeSpec
    {
        public decimal Quantity { get; } = Guard.Positive(Quantity, nameof(Quantity));
    }

    /// <summary>A fixed cash amount in the instrument's currency.</summary>
    public sealed record FixedCash(decimal Amount) : SizeSpec
    {
        public decimal Amount { get; } = Guard.Positive(Amount, nameof(Amount));
    }

    /// <summary>A fraction of current equity (0.25 = 25%).</summary>
    public sealed record PercentOfEquity(decimal Fraction) : SizeSpec
    {
        public decimal Fraction { get; } = Fraction is > 0 and <= 1 ? Fraction : throw new ArgumentOutOfRangeException(nameof(Fraction), Fraction, "Fraction of equity must be in (0, 1].");
    }

    /// <summary>All available cash, sized at the fill price with commission included.</summary>
    public sealed record AllIn : SizeSpec;

    /// <summary>Risk a fraction of equity per trade with a stop k × ATR away: qty = equity × risk / (k × ATR).</summary>
    public sealed record AtrRisk(decimal RiskFraction, decimal AtrMultiple, decimal Atr) : SizeSpec
    {
        public decimal RiskFraction { get; } = RiskFraction is > 0 and <= 1 ? RiskFraction : throw new ArgumentOutOfRangeException(nameof(RiskFraction), RiskFraction, "Risk fraction must be in (0, 1].");
        public decimal AtrMultiple { get; } = Guard.Positive(AtrMultiple, nameof(AtrMultiple));
        public decimal Atr { get; } = Guard.Positive(Atr, nameof(Atr));
    }

    /// <summary>Trade toward this absolute quantity (0 = flat).</summary>
    public sealed record TargetQuantity(decimal Quantity) : SizeSpec
    {
        public decimal Quantity { get; } = Guard.NotNegative(Quantity, nameof(Quantity));
    }
}
