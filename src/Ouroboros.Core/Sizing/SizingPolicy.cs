using Ouroboros.Core.Errors;
using System.Globalization;
using Ouroboros.Domain.Intents;

namespace Ouroboros.Core.Sizing;

public enum SizingMode
{
    FixedQuantity,
    FixedCash,
    PercentOfEquity,
    AllIn,
    AtrRisk,
}

/// <summary>
/// The run's default sizing for intents that carry no size. Text forms: <c>fixed:100</c>, <c>cash:5000</c>,
/// <c>percent:25</c>, <c>all-in</c>, <c>atr:1,2</c> (risk 1% of equity per trade with the stop 2 × ATR(14) away).
/// </summary>
public sealed record SizingPolicy(SizingMode Mode, decimal Value = 0m, decimal AtrMultiple = 2m, int AtrPeriod = 14)
{
    /// <summary>The neutral name of the sizing input in <see cref="InvalidInputException"/>s.</summary>
    public const string Input = "sizing";

    public static SizingPolicy AllInPolicy { get; } = new(SizingMode.AllIn);

    public static SizingPolicy Parse(string text, decimal? quantity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var parts = text.Split(':', 2);
        var name = parts[0].Trim().ToLowerInvariant();
        var args = parts.Length > 1 ? parts[1].Split(',') : [];
        return name switch
        {
            "all-in" or "allin" => AllInPolicy,
            "fixed" or "quantity" => new(SizingMode.FixedQuantity, Positive(args.Length > 0 ? args[0] : quantity?.ToString(CultureInfo.InvariantCulture), "fixed needs a quantity: «sizing» fixed:100 or «sizing» fixed «quantity» 100")),
            "cash" => new(SizingMode.FixedCash, Positive(Arg(args, 0), "cash needs an amount: «sizing» cash:5000")),
            "percent" or "pct" => new(SizingMode.PercentOfEquity, Fraction(Arg(args, 0), "percent needs a percentage of equity in (0, 100]: «sizing» percent:25")),
            "atr" => new(SizingMode.AtrRisk, Fraction(Arg(args, 0), "atr needs a risk percentage of equity: «sizing» atr:1,2"),
                args.Length > 1 ? Positive(args[1], "the ATR multiple must be a positive number, e.g. «sizing» atr:1,2") : 2m,
                args.Length > 2 ? Period(args[2]) : 14),
            _ => throw new InvalidInputException(Input, $"unknown sizing '{text}'; use fixed:N, cash:AMOUNT, percent:P, all-in or atr:RISK%,K[,PERIOD]"),
        };
    }

    /// <summary>The size spec for an intent without one; ATR sizing needs the instrument's current ATR.</summary>
    public SizeSpec ToSpec(decimal? atr) => Mode switch
    {
        SizingMode.FixedQuantity => new SizeSpec.FixedQuantity(Value),
        SizingMode.FixedCash => new SizeSpec.FixedCash(Value),
        SizingMode.PercentOfEquity => new SizeSpec.PercentOfEquity(Value),
        SizingMode.AtrRisk when atr is > 0 => new SizeSpec.AtrRisk(Value, AtrMultiple, atr.Value),
        SizingMode.AtrRisk => throw new InvalidOperationException("ATR sizing needs a warmed-up ATR."),
        _ => new SizeSpec.AllIn(),
    };

    public override string ToString() => Mode switch
    {
        SizingMode.FixedQuantity => $"fixed:{Value}",
        SizingMode.FixedCash => $"cash:{Value}",
        SizingMode.PercentOfEquity => $"percent:{Value * 100m:0.####}",
        SizingMode.AtrRisk => $"atr:{Value * 100m:0.####},{AtrMultiple},{AtrPeriod}",
        _ => "all-in",
    };

    private static string? Arg(string[] args, int i) => args.Length > i ? args[i] : null;

    /// <summary>
    /// Above this no size means anything, and sums of it (quantity × price, cash over many orders) could overflow a
    /// decimal instead of being refused here.
    /// </summary>
    private const decimal MaxAmount = 1_000_000_000_000_000m;

    private static decimal Positive(string? text, string help)
    {
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v <= 0) throw new InvalidInputException(Input, help);
        return v <= MaxAmount ? v : throw new InvalidInputException(Input, $"{help} ('{text}' is too large; at most {MaxAmount:0})");
    }

    private static int Period(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0
            ? p
            : throw new InvalidInputException(Input, "the ATR period must be a positive whole number, e.g. «sizing» atr:1,2,14");

    private static decimal Fraction(string? text, string help)
    {
        var pct = Positive(text, help);
        return pct <= 100 ? pct / 100m : throw new InvalidInputException(Input, help);
    }
}
