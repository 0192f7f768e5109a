using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Application.Kis;

/// <summary>
/// Which KIS host a URL names, from the host names and ports of <see cref="KisOptions"/> (kis-openapi.md §1): each host
/// accepts only its own keys (a VTS key on the real host gets EGW02004), so a key and a URL of different environments are
/// refused before anything is sent. A URL of neither host (a fake, a proxy) names no environment.
/// </summary>
public static class KisHosts
{
    /// <summary>The environment whose REST host <paramref name="url"/> is; null for any other host.</summary>
    public static KisEnvironment? OfRestUrl(string url) =>
        Same(url, KisOptions.RealRestUrl, comparePort: false) ? KisEnvironment.Real
        : Same(url, KisOptions.VtsRestUrl, comparePort: false) ? KisEnvironment.Vts
        : null;

    /// <summary>The environment whose WebSocket endpoint <paramref name="url"/> is (one host name, told apart by port).</summary>
    public static KisEnvironment? OfWebSocketUrl(string url) =>
        Same(url, KisOptions.RealWebSocketUrl, comparePort: true) ? KisEnvironment.Real
        : Same(url, KisOptions.VtsWebSocketUrl, comparePort: true) ? KisEnvironment.Vts
        : null;

    /// <summary>How the user names an environment: real or VTS (paper).</summary>
    public static string Name(KisEnvironment environment) => environment == KisEnvironment.Real ? "real" : "VTS (paper)";

    private static bool Same(string url, string known, bool comparePort)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)) return false;
        var k = new Uri(known);
        return string.Equals(u.Host, k.Host, StringComparison.OrdinalIgnoreCase) && (!comparePort || u.Port == k.Port);
    }
}
