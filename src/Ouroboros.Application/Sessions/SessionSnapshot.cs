namespace Ouroboros.Application.Sessions;

/// <summary>A running session as its host reports it.</summary>
public sealed record SessionSnapshot(string Id, string Mode, string Strategy, IReadOnlyList<string> Markets, DateTimeOffset StartedAt, int PendingApprovals);
