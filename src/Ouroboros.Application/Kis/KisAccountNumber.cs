namespace Ouroboros.Application.Kis;

/// <summary>
/// A KIS account number as the seeds write it: <c>12345678-01</c> (KIS_ACCOUNT_NO), <c>1234567801</c>, or the 8-digit
/// CANO alone with the product code apart (seed B's CANO and ACNT_PRDT). Never printed whole: see <see cref="Masked"/>.
/// </summary>
public sealed record KisAccountNumber(string Cano, string? ProductCode)
{
    /// <summary>Null when <paramref name="text"/> is none of the accepted forms.</summary>
    public static KisAccountNumber? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            var cano = t[..dash];
            var product = t[(dash + 1)..];
            return Digits(cano, 8) && Digits(product, 2) ? new KisAccountNumber(cano, product) : null;
        }
        if (Digits(t, 10)) return new KisAccountNumber(t[..8], t[8..]);
        return Digits(t, 8) ? new KisAccountNumber(t, null) : null;
    }

    /// <summary>The last four digits of CANO, as the logs show account numbers.</summary>
    public static string Masked(string text) => text.Length >= 4 ? "****" + text.Trim()[^4..] : "****";

    /// <summary>The accepted forms, for messages.</summary>
    public const string Forms = "12345678-01, 1234567801 or 12345678 (8 digits, then the 2-digit product code)";

    public override string ToString() => $"KisAccountNumber({Masked(Cano)})";

    private static bool Digits(string s, int length) => s.Length == length && s.All(char.IsAsciiDigit);
}
