namespace Ouroboros.Hosting.Logging;

/// <summary>
/// Which environment variables hold secrets (their values are replaced by <c>***</c> in logs) and which hold account
/// numbers (masked but for the last four digits), judged by name alone so a new credential is covered without code.
/// </summary>
public static class SecretNames
{
    private static readonly string[] SecretSuffixes = ["_KEY", "_SECRET", "_TOKEN"];
    private static readonly string[] SecretParts = ["PASSWORD", "APPSECRET", "APIKEY", "APPKEY"];
    private static readonly string[] AccountParts = ["ACCOUNT", "ACCT_NO", "ACNT_NO"];

    /// <summary>*_KEY, *_SECRET, *_TOKEN, *PASSWORD*, *APPSECRET*, *APIKEY*, *APPKEY* (any case).</summary>
    public static bool IsSecret(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SecretSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            || SecretParts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>*ACCOUNT*, *ACCT_NO*, *ACNT_NO*, CANO and *_CANO (KIS's account number field), unless the name is a secret's.</summary>
    public static bool IsAccount(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsSecret(name)) return false;
        return AccountParts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase))
            || name.Equals("CANO", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("_CANO", StringComparison.OrdinalIgnoreCase);
    }
}
