using System.Globalization;
using System.Net;

namespace Ouroboros.Hosting.Configuration;

/// <summary>
/// The REST API and dashboard (Web:*). The token is a secret: it is masked in logs and never printed but in the one
/// address line a server prints at its first start.
/// </summary>
internal static class WebSettings
{
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new("Web:Host", SettingType.Text, "127.0.0.1", "Address the web server binds: an IP address or localhost. Anything but loopback needs Web:Token.", Check: CheckHost),
        new("Web:Port", SettingType.Decimal, "8080", "TCP port of the web server.", Min: 1m, Max: 65535m, Check: WholeNumber),
        new("Web:Token", SettingType.Text, "", "Access token of the web server (16+ characters). Empty: one is made at first start and kept next to the journal.", Check: CheckToken),
    ];

    public static WebOptions From(Func<string, string> get) =>
        new(get("Web:Host").Trim(), int.Parse(get("Web:Port"), NumberStyles.Number, CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(get("Web:Token")) ? null : get("Web:Token").Trim());

    private static string? CheckHost(string value) =>
        value.Trim().Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(value.Trim(), out _)
            ? null
            : "must be an IP address (127.0.0.1, 0.0.0.0, ::1, a LAN address) or localhost";

    private static string? CheckToken(string value) =>
        value.Length == 0 || value.Trim().Length >= WebOptions.MinTokenLength
            ? null
            : $"must be at least {WebOptions.MinTokenLength} characters (or empty, to have one made)";

    private static string? WholeNumber(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d != decimal.Truncate(d)
            ? $"must be a whole number, not '{value}'"
            : null;
}
