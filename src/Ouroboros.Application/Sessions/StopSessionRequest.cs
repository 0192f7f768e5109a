namespace Ouroboros.Application.Sessions;

/// <summary>Stop the running session; working orders are cancelled by the session host.</summary>
public sealed record StopSessionRequest(string Reason, string Actor);
