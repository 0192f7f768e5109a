using Ouroboros.Core.Agent;

namespace Ouroboros.Web.Api;

/// <summary>
/// What the API shows of an agent session. The stored settings and fingerprint stay out: they are for the agent's own
/// restart check, and settings are not the API's to publish.
/// </summary>
public static class Sessions
{
    public static object View(AgentSessionRecord s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new
        {
            s.SessionId, s.Account, s.Mode, s.Broker, s.Markets, s.Strategy, s.StartedAt, s.Status, s.Restarts, s.SlicesDone, s.LastSliceTime, s.FinishedAt,
        };
    }
}
