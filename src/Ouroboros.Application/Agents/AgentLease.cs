using System.Diagnostics;
using Ouroboros.Core.Agent;
using Ouroboros.Core.Errors;

namespace Ouroboros.Application.Agents;

/// <summary>Takes an account's lease for a session, or says who holds it.</summary>
internal static class AgentLease
{
    public static async Task TakeAsync(IAgentStore store, AgentSessionRecord session, DateTimeOffset now, TimeSpan leaseTime, CancellationToken cancellationToken)
    {
        // The same session restarted holds its own lease; a second process running it at once must still be refused.
        var beats = await store.HeartbeatsAsync(cancellationToken).ConfigureAwait(false);
        var other = beats.FirstOrDefault(b => b.Account == session.Account && b.ProcessId != Environment.ProcessId && now - b.At < leaseTime && IsAlive(b.ProcessId));
        if (other is not null)
            throw new InvalidInputException(null,
                $"another agent (pid {other.ProcessId}, session {other.SessionId}) is running on the account {session.Account}; stop it first (Ctrl-C or ouroboros risk kill stops trading)");
        var lease = Core.Agent.AgentLease.For(session, now, leaseTime);
        var grant = await store.TryAcquireLeaseAsync(lease, cancellationToken).ConfigureAwait(false);
        if (!grant.Granted && grant.Holder is { } holder)
        {
            // A holder on this machine whose process is gone crashed: its lease is stale even before it expires.
            if (holder.Host == Environment.MachineName && !IsAlive(holder.ProcessId))
            {
                await store.ReleaseLeaseAsync(holder.Account, holder.SessionId, cancellationToken).ConfigureAwait(false);
                grant = await store.TryAcquireLeaseAsync(lease, cancellationToken).ConfigureAwait(false);
            }
            if (!grant.Granted)
                throw new InvalidInputException(null,
                    $"the account {session.Account} is leased by session {holder.SessionId} (pid {holder.ProcessId} on {holder.Host}) until {holder.ExpiresAt:u}; two agents never trade one account");
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
