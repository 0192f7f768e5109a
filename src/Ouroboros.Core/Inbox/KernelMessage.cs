namespace Ouroboros.Core.Inbox;

/// <summary>
/// The payload of every inbox entry that is not a bar. Immutable, so that a journal of them can replay a live day;
/// <see cref="Time"/> is when the adapter saw it (the kernel applies it at its own clock's time).
/// </summary>
public abstract record KernelMessage(DateTimeOffset Time);

/// <summary>Why a timer fired.</summary>
public enum TimerKind
{
    /// <summary>Closes the open time slice now: a live feed cannot wait for the next bar to know a slice is complete.</summary>
    SliceClose,

    /// <summary>A periodic tick of the session (housekeeping); it only closes the open slice.</summary>
    SessionTick,
}

/// <summary>A timer event, posted by the host's scheduler (live) or a replay that wants to close slices explicitly.</summary>
public sealed record KernelTimer(TimerKind Kind, DateTimeOffset Time) : KernelMessage(Time);
