using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ouroboros.Ai.Decisions;

/// <summary>
/// Reads one field's value by meaning. Numbers may arrive as JSON numbers or as strings, with or without a trailing
/// <c>%</c>; anything that is not a finite number in range is refused rather than guessed.
/// </summary>
internal static partial class FieldValues
{
    /// <summary>
    /// BUY and LONG buy; SELL and SHORT sell; HOLD, WAIT, NONE, NEUTRAL, FLAT and "NO ACTION" hold. CLOSE and EXIT are
    /// refused: closing a short is a buy, and the answer alone does not say which position is meant.
    /// </summary>
    public static DecisionAction? Action(JsonElement value, out string? problem)
    {
        problem = null;
        if (value.ValueKind != JsonValueKind.String)
        {
            problem = $"action is a {value.ValueKind.ToString().ToLowerInvariant()}, not a word";
            return null;
        }
        var word = string.Join(' ', (Text(value) ?? "").Split([' ', '_', '-', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        switch (word)
        {
            case "BUY" or "LONG" or "GO LONG":
                return DecisionAction.Buy;
            case "SELL" or "SHORT" or "GO SHORT":
                return DecisionAction.Sell;
            case "HOLD" or "WAIT" or "NONE" or "NEUTRAL" or "FLAT" or "NO ACTION" or "NO TRADE" or "STAY":
                return DecisionAction.Hold;
            case "CLOSE" or "EXIT":
                problem = $"action {SafeText.Quote(word)} is ambiguous (closing a short is a buy)";
                return null;
            default:
                problem = $"action {SafeText.Quote(word)} is not BUY, SELL or HOLD";
                return null;
        }
    }

    /// <summary>
    /// 0–100. A number strictly between 0 and 1 without <c>%</c> is a fraction (0.85 → 85); otherwise it is already on
    /// the 0–100 scale. Rounded half away from zero. Words ("high") and anything outside 0–100 are refused.
    /// </summary>
    public static int? Confidence(JsonElement value, out string? problem)
    {
        problem = null;
        if (!TryNumber(value, out var number, out var percent))
        {
            problem = $"confidence {Describe(value)} is not a number";
            return null;
        }
        if (!percent && number is > 0 and < 1) number *= 100;
        if (number is < 0 or > 100)
        {
            problem = $"confidence {Describe(value)} is outside 0-100";
            return null;
        }
        return (int)Math.Round(number, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// A fraction of equity in (0, 1]. "25%" and a bare 25 both mean 0.25 (a bare number above 1 and up to 100 is read
    /// as a percentage, and the reason says so); 0 means no size; anything else is ignored with a note.
    /// </summary>
    public static decimal? Size(JsonElement value, List<string> notes)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (!TryNumber(value, out var number, out var percent))
        {
            notes.Add($"size {Describe(value)} is not a number, ignored");
            return null;
        }
        if (number == 0) return null;
        if (!percent && number is > 1 and <= 100)
        {
            notes.Add($"size {Describe(value)} read as {number}%");
            percent = true;
        }
        var fraction = percent ? number / 100 : number;
        if (fraction is > 0 and <= 1) return fraction;
        notes.Add($"size {Describe(value)} is outside 0-100%, ignored");
        return null;
    }

    /// <summary>
    /// A positive price ("$37,500" allowed), or a percentage in (0, 100] when written with <c>%</c>. A negative
    /// percentage is taken as its size ("-3%" stop = 3% against the trade, which is the only way a stop can move).
    /// </summary>
    public static PriceLevel? Level(JsonElement value, string name, List<string> notes)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (!TryNumber(value, out var number, out var percent))
        {
            notes.Add($"{name} {Describe(value)} is not a price or percentage, ignored");
            return null;
        }
        if (percent) number = Math.Abs(number);
        if (number > 0 && (!percent || number <= 100))
            return percent ? PriceLevel.Percent(number) : PriceLevel.Price(number);
        notes.Add($"{name} {Describe(value)} is not a positive price or a percentage up to 100%, ignored");
        return null;
    }

    public static string? Horizon(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => Text(value),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        var clean = SafeText.Clean(text, 40);
        return clean.Length == 0 ? null : clean;
    }

    public static string Rationale(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => Text(value),
            JsonValueKind.Array => string.Join(' ', value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => Text(e))),
            _ => null,
        };
        return SafeText.Clean(text, LlmDecision.MaxRationaleLength);
    }

    /// <summary>A finite decimal from a JSON number or a numeric string; <paramref name="percent"/> when it ended in %.</summary>
    private static bool TryNumber(JsonElement value, out decimal number, out bool percent)
    {
        number = 0;
        percent = false;
        if (value.ValueKind == JsonValueKind.Number) return value.TryGetDecimal(out number);
        if (value.ValueKind != JsonValueKind.String) return false;
        var text = (Text(value) ?? "").Trim();
        if (text.EndsWith('%'))
        {
            percent = true;
            text = text[..^1].TrimEnd();
        }
        if (text.StartsWith('$')) text = text[1..];
        if (Thousands().IsMatch(text)) text = text.Replace(",", "", StringComparison.Ordinal);
        return text.Length is > 0 and <= 40
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A string value, or null when it holds an escape that is not valid text (a lone <c>\ud800</c>).</summary>
    public static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Describe(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? SafeText.Quote(Text(value)) : SafeText.Quote(value.GetRawText());

    // Only well-formed thousands groups lose their commas: "0,85" stays unparseable instead of becoming 85.
    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex Thousands();
}
