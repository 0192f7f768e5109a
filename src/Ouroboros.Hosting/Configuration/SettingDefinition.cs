using System.Globalization;

namespace Ouroboros.Hosting.Configuration;

public enum SettingType
{
    Text,
    Decimal,
    Boolean,
    Choice,
}

/// <summary>
/// One configuration key: its type, default, allowed values and help. The list in <see cref="Settings"/> is the single
/// source for validation, binding and docs/configuration.md.
/// </summary>
public sealed record SettingDefinition(string Key, SettingType Type, string Default, string Description,
    decimal? Min = null, decimal? Max = null, IReadOnlyList<string>? Choices = null, Func<string, string?>? Check = null)
{
    /// <summary>The risk-policy limit behind a Risk:* setting; null for other settings.</summary>
    public Ouroboros.Risk.Policy.LimitDefinition? Limit { get; init; }

    /// <summary>OUROBOROS_SECTION__KEY, the environment variable that sets this key.</summary>
    public string EnvironmentVariable => "OUROBOROS_" + Key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>Null when valid, else the problem naming the key, the value and the fix.</summary>
    public string? Validate(string value)
    {
        switch (Type)
        {
            case SettingType.Decimal:
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
                    return $"{Key} = '{value}' is not a number";
                if (Min is { } min && d < min) return $"{Key} = {d} is below the minimum {min}";
                if (Max is { } max && d > max) return $"{Key} = {d} is above the maximum {max}";
                break;
            case SettingType.Boolean:
                if (!bool.TryParse(value, out _)) return $"{Key} = '{value}' must be true or false";
                break;
            case SettingType.Choice:
                if (!Choices!.Contains(value, StringComparer.OrdinalIgnoreCase))
                    return $"{Key} = '{value}' must be one of {string.Join(", ", Choices!)}";
                break;
        }
        return Check?.Invoke(value) is { } problem ? $"{Key} = '{value}': {problem}" : null;
    }
}
