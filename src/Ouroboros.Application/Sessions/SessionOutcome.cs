namespace Ouroboros.Application.Sessions;

/// <summary>How a session request ended.</summary>
public enum SessionOutcome
{
    /// <summary>Done as asked.</summary>
    Done,

    /// <summary>The session host refused (already running, unknown order, ...); the message says why.</summary>
    Refused,

    /// <summary>No session host runs in this process, so nothing was started, stopped or approved.</summary>
    NoSessionHost,
}
