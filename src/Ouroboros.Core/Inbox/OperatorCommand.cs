namespace Ouroboros.Core.Inbox;

/// <summary>
/// An operator's action, with who took it and why (both end up in the risk journal). Commands arrive through the
/// inbox like everything else and are applied on the kernel's thread. A halt or a kill changes the trading state the
/// moment it is read, before the open slice's intents are judged, so nothing decided before it can pass it; a resume
/// applies after the open slice has closed.
/// </summary>
public abstract record OperatorCommand(string By, string Reason, DateTimeOffset Time) : KernelMessage(Time);

/// <summary>The kill switch: every working order is cancelled and nothing is approved until an operator resumes.</summary>
public sealed record KillCommand(string By, string Reason, DateTimeOffset Time) : OperatorCommand(By, Reason, Time);

/// <summary>Halts a scope (the account or a market): no entries, and no exits unless the policy allows them.</summary>
public sealed record HaltCommand(string Scope, string By, string Reason, DateTimeOffset Time) : OperatorCommand(By, Reason, Time);

/// <summary>Lifts a halt or a kill of a scope.</summary>
public sealed record ResumeCommand(string Scope, string By, string Reason, DateTimeOffset Time) : OperatorCommand(By, Reason, Time);

/// <summary>
/// Blocks new entries (exits stay allowed) while the account's state at the broker is unknown, and lifts the block:
/// reconciliation sends it when a broker query fails and again when one succeeds.
/// </summary>
public sealed record BlockEntriesCommand(bool Blocked, string By, string Reason, DateTimeOffset Time) : OperatorCommand(By, Reason, Time)
{
    /// <summary>The gate named in the denials while entries are blocked.</summary>
    public const string Gate = "reconciliation";
}

/// <summary>Cancels every working order without changing the trading state (an agent stopping with Run:CancelOnExit).</summary>
public sealed record CancelWorkingOrdersCommand(string By, string Reason, DateTimeOffset Time) : OperatorCommand(By, Reason, Time);
