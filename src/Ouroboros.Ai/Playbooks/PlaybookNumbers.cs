using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ouroboros.Ai.Decisions;

namespace Ouroboros.Ai.Playbooks;

/// <summary>Numbers in playbook answers: JSON numbers or numeric strings, with <c>%</c>, <c>$</c> or thousands commas.</summary>
internal static partial class PlaybookNumbers
{
    public static bool TryNumber(JsonElement value, out decimal number, out bool percent)
    {
        number = 0;
        percent = false;
        if (value.ValueKind == JsonValueKind.Number) return value.TryGetDecimal(out number);
        if (value.ValueKind != JsonValueKind.String) return false;
        var text = (FieldValues.Text(value) ?? "").Trim();
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

    public static string Describe(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? SafeText.Quote(FieldValues.Text(value)) : SafeText.Quote(value.GetRawText());

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex Thousands();
}
