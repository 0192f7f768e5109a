using Ouroboros.Brokers.Kis.Common;

namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>How one real-time session connects and reconnects. <see cref="From"/> takes the URL from the KIS options.</summary>
public sealed record KisWebSocketSessionOptions
{
    /// <summary>At most this many subscriptions per session (kis-openapi.md §4.1, OPSP0008 beyond).</summary>
    public const int MaxSubscriptions = 40;

    /// <summary>ws:// or wss:// URL; <c>/tryitout</c> is appended, as the official sample does, when it has no path.</summary>
    public required string Url { get; init; }

    /// <summary><c>P</c> for an individual (the official sample's), <c>B</c> for a corporation.</summary>
    public string CustomerType { get; init; } = "P";

    public TimeSpan InitialReconnectDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Seed of the reconnect jitter.</summary>
    public int JitterSeed { get; init; } = 11;

    /// <summary>Failed connection attempts in a row after which the session gives up and goes down; null: never.</summary>
    public int? MaxReconnectAttempts { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan AcknowledgementTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static KisWebSocketSessionOptions From(KisOptions options) => new() { Url = options.EffectiveWebSocketUrl };

    /// <summary>The URL connected to: <see cref="Url"/> with <c>/tryitout</c> when it names no path.</summary>
    public Uri Endpoint()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("ws" or "wss"))
            throw new ArgumentException($"the WebSocket URL '{Url}' is not a ws:// or wss:// URL", nameof(Url));
        return uri.AbsolutePath is "" or "/" ? new Uri(uri.GetLeftPart(UriPartial.Authority) + "/tryitout" + uri.Query) : uri;
    }
}
