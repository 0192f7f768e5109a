using System.Globalization;

namespace Ouroboros.Core.Strategies;

public enum ParameterKind
{
    Integer,
    Decimal,
    Text,
    Boolean,
}

/// <summary>One typed strategy parameter with its default and allowed range.</summary>
public sealed record StrategyParameter(string Name, ParameterKind Kind, string Default, string Description, decimal? Min = null, decimal? Max = null)
{
    /// <summary>Null when <paramref name="text"/> is valid, else the problem in one sentence.</summary>
    public string? Validate(string text)
    {
        switch (Kind)
        {
            case ParameterKind.Integer:
                if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
                    return $"{Name} must be a whole number, got '{text}'";
                return CheckRange(i);
            case ParameterKind.Decimal:
                if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                    return $"{Name} must be a number, got '{text}'";
                return CheckRange(d);
            case ParameterKind.Boolean:
                return bool.TryParse(text, out _) ? null : $"{Name} must be true or false, got '{text}'";
            default:
                return string.IsNullOrWhiteSpace(text) ? $"{Name} must not be empty" : null;
        }
    }

    private string? CheckRange(decimal value)
    {
        if (Min is { } min && value < min) return $"{Name} must be at least {min}, got {value}";
        if (Max is { } max && value > max) return $"{Name} must be at most {max}, got {value}";
        return null;
    }
}
