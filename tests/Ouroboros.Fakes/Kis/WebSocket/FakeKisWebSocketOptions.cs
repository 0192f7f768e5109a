namespace Ouroboros.Fakes.Kis.WebSocket;

/// <summary>How the fake KIS WebSocket server behaves; the defaults are the real server's as far as it is known.</summary>
public sealed record FakeKisWebSocketOptions
{
    /// <summary>
    /// How often each session gets a PINGPONG; a session that does not echo it within <see cref="PongTimeout"/> is closed.
    /// The real server sends one about every 110 s (kis-openapi.md §7, observed); tests use a few hundred milliseconds.
    /// Null: no PINGPONG.
    /// </summary>
    public TimeSpan? PingInterval { get; init; } = TimeSpan.FromSeconds(110);

    /// <summary>How long a PINGPONG may go unechoed before the session is closed; null: until the next one is due.</summary>
    public TimeSpan? PongTimeout { get; init; }

    /// <summary>Seeds the per-session AES keys and IVs, so a run is repeatable.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>The clock behind PINGPONG timing and its datetime header.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
