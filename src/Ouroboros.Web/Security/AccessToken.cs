using System.Security.Cryptography;
using System.Text;
using Ouroboros.Hosting.Configuration;

namespace Ouroboros.Web.Security;

/// <summary>
/// The one secret that opens the API. Configured (Web:Token) or, on loopback only, made at the first start and kept
/// in <c>.ouroboros/web-token</c> next to the journal (mode 600) so the next start prints the same address.
/// <see cref="ToString"/> never shows it; only <see cref="Matches"/> and the start-up address line use it.
/// </summary>
public sealed class AccessToken
{
    public const string FileName = "web-token";

    private readonly byte[] _value;

    private AccessToken(string value, bool created, string? file)
    {
        _value = Encoding.UTF8.GetBytes(value);
        Created = created;
        File = file;
        SessionCookieValue = Convert.ToBase64String(HMACSHA256.HashData(_value, "ouroboros-web-session-v1"u8)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>True when this start made the token (it was printed for the first time).</summary>
    public bool Created { get; }

    /// <summary>Where the token is kept; null when it was configured.</summary>
    public string? File { get; }

    /// <summary>The session cookie's value: derived from the token, so the cookie never carries the token itself.</summary>
    public string SessionCookieValue { get; }

    /// <summary>
    /// The token for a server with <paramref name="web"/> over the journal at <paramref name="journalPath"/>. A
    /// non-loopback bind without a configured token is refused: a made-up token would have to be carried to the
    /// other machine by hand, and forgetting it would leave the API open to the network.
    /// </summary>
    public static AccessToken Resolve(WebOptions web, string journalPath)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentException.ThrowIfNullOrWhiteSpace(journalPath);
        if (web.Token is { } configured) return new AccessToken(configured, false, null);
        if (!web.IsLoopback)
            throw new ConfigurationException([
                $"Web:Host = {web.Host} lets other machines connect, so the API needs a token: set Web:Token (at least {WebOptions.MinTokenLength} characters, "
                + "e.g. in OUROBOROS_WEB__TOKEN) or bind 127.0.0.1"]);
        var file = Path.Combine(StateDirectory(journalPath), FileName);
        if (System.IO.File.Exists(file))
        {
            if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var kept = System.IO.File.ReadAllText(file).Trim();
            if (kept.Length >= WebOptions.MinTokenLength) return new AccessToken(kept, false, file);
        }
        var made = Base64Url(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(file, options))
        using (var writer = new StreamWriter(stream))
            writer.Write(made);
        if (!OperatingSystem.IsWindows()) System.IO.File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return new AccessToken(made, true, file);
    }

    /// <summary>A token given directly (tests, and hosts that manage their own secret).</summary>
    public static AccessToken Of(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return new AccessToken(value, false, null);
    }

    /// <summary>Constant-time comparison, so response timing says nothing about how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _value);

    /// <summary>True when <paramref name="candidate"/> is this token's session cookie.</summary>
    public bool MatchesCookie(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(SessionCookieValue));

    /// <summary>The address that opens the API in a browser (the one place the token is shown). Print it once; never log it.</summary>
    public string AddressWithToken(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new UriBuilder(address) { Query = "token=" + Uri.EscapeDataString(Encoding.UTF8.GetString(_value)) }.Uri.ToString();
    }

    public override string ToString() => "AccessToken(***)";

    /// <summary>The journal's <c>.ouroboros</c> folder: the journal's own folder when it is one (the default journal lives there).</summary>
    private static string StateDirectory(string journalPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(journalPath))!;
        return Path.GetFileName(folder) == ".ouroboros" ? folder : Path.Combine(folder, ".ouroboros");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
