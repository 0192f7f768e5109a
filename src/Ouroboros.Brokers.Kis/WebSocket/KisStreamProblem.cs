namespace Ouroboros.Brokers.Kis.WebSocket;

/// <summary>
/// A frame or an answer the session could not use (malformed, unknown TR, missing field, refused re-subscription). The
/// session goes on; the message says what was wrong and never carries a secret.
/// </summary>
public sealed record KisStreamProblem(DateTimeOffset ReceivedAt, string Message) : KisStreamEvent(ReceivedAt);
