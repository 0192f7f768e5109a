namespace Ouroboros.Application.Monitoring;

/// <summary>
/// An agent session's positions (instrument → quantity) at its last checkpoint. <see cref="Positions"/> is null when
/// the session has no checkpoint yet: unknown, not flat.
/// </summary>
public sealed record PositionsView(string SessionId, DateTimeOffset? AsOf, IReadOnlyList<PositionRow>? Positions);

