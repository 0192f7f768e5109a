using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Ouroboros.Hosting.Logging;

/// <summary>
/// Replaces every known secret value in a text by <see cref="Mask"/> and every known account number by its last four
/// digits (<c>12345678-01</c> → <c>****5678</c>). Pure and thread-safe; the log pipeline runs every message, property
/// and exception through it before any sink sees them. Values shorter than <see cref="MinimumSecretLength"/> are not
/// treated as secrets (masking every "1" or "ab" would make the logs unreadable and protects nothing).
/// <see cref="ToString"/> never shows a value.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";
    public const int MinimumSecretLength = 4;
    private const int MinimumAccountDigits = 6;

    private readonly string[] _secrets;
    private readonly string[] _accounts;
    private readonly (string Needle, string Replacement)[] _rules;

    public SecretRedactor(IEnumerable<string?> secrets, IEnumerable<string?>? accountNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = [.. secrets.OfType<string>().Select(s => s.Trim()).Where(s => s.Length >= MinimumSecretLength).Distinct(StringComparer.Ordinal)];
        _accounts = [.. (accountNumbers ?? []).OfType<string>().Select(s => s.Trim()).Where(s => MaskAccount(s) is not null).Distinct(StringComparer.Ordinal)];
        var rules = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var account in _accounts)
        {
            var mask = MaskAccount(account)!;
            foreach (var form in AccountForms(account)) rules.TryAdd(form, mask);
        }
        // Secrets win over account forms that happen to be equal: full masking is the safer of the two.
        foreach (var secret in _secrets)
        {
            rules[secret] = Mask;
            var escaped = Uri.EscapeDataString(secret);
            if (escaped != secret) rules[escaped] = Mask;
        }
        // Longest first, so a secret that contains another is masked whole.
        _rules = [.. rules.OrderByDescending(r => r.Key.Length).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value))];
    }

    /// <summary>A redactor that changes nothing.</summary>
    public static SecretRedactor None { get; } = new([]);

    /// <summary>Nothing to redact.</summary>
    public bool IsEmpty => _rules.Length == 0;

    /// <summary>How many values are masked (secrets and account numbers), for the start-up banner.</summary>
    public int Count => _secrets.Length + _accounts.Length;

    /// <summary>
    /// The secrets and account numbers among environment variables (and .env entries), judged by
    /// <see cref="SecretNames"/>; <paramref name="moreSecrets"/> adds values known to be secret whatever their
    /// variable is called (the API keys of custom LLM profiles). <see cref="None"/> when there is nothing to mask.
    /// </summary>
    public static SecretRedactor FromVariables(IEnumerable<KeyValuePair<string, string?>> variables, IEnumerable<string?>? moreSecrets = null)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var secrets = new List<string?>(moreSecrets ?? []);
        var accounts = new List<string?>();
        foreach (var (name, value) in variables)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            if (SecretNames.IsSecret(name)) secrets.Add(value);
            else if (SecretNames.IsAccount(name)) accounts.Add(value);
        }
        var redactor = new SecretRedactor(secrets, accounts);
        return redactor.IsEmpty ? None : redactor;
    }

    /// <summary>This redactor plus more values.</summary>
    public SecretRedactor With(IEnumerable<string?> secrets, IEnumerable<string?>? accountNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return new SecretRedactor(_secrets.Concat(secrets), _accounts.Concat(accountNumbers ?? []));
    }

    [return: NotNullIfNotNull(nameof(text))]
    public string? Redact(string? text)
    {
        if (text is null || text.Length == 0) return text;
        foreach (var (needle, replacement) in _rules)
        {
            if (text.Contains(needle, StringComparison.Ordinal)) text = text.Replace(needle, replacement, StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary><c>****</c> and the last four digits of the account's longest digit run; null when it has no run of six digits or more.</summary>
    public static string? MaskAccount(string accountNumber)
    {
        ArgumentNullException.ThrowIfNull(accountNumber);
        var run = LongestDigitRun(accountNumber);
        return run.Length < MinimumAccountDigits ? null : "****" + run[^4..];
    }

    public override string ToString() => $"SecretRedactor({_secrets.Length} secrets, {_accounts.Length} account numbers)";

    /// <summary>As configured (12345678-01), digits only (1234567801) and the number without its product code (12345678).</summary>
    private static IEnumerable<string> AccountForms(string account)
    {
        yield return account;
        yield return string.Concat(account.Where(char.IsAsciiDigit));
        yield return LongestDigitRun(account);
    }

    private static string LongestDigitRun(string text) =>
        DigitRuns().Matches(text).Select(m => m.Value).OrderByDescending(v => v.Length).FirstOrDefault() ?? "";

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRuns();
}
