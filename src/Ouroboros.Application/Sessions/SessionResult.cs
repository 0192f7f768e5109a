namespace Ouroboros.Application.Sessions;

/// <summary>The answer to a session request: the outcome, a message for people and the session afterwards (null: none runs).</summary>
public sealed record SessionResult(SessionOutcome Outcome, string Message, SessionSnapshot? Session)
{
    public bool Done => Outcome == SessionOutcome.Done;
}
