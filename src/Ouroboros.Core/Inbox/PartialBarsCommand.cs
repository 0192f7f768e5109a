namespace Ouroboros.Core.Inbox;

/// <summary>
/// A rescan during the session: the in-progress bars of the strategy's interval as of <see cref="KernelMessage.Time"/>,
/// at most one per instrument (instruments without prints in the period have none). The kernel keeps each as that
/// instrument's current partial bar, shows them to strategies that ask for them and processes the intents they submit
/// then; no partial bar ever enters completed history, indicators or marks.
/// </summary>
public sealed record PartialBarsCommand : KernelMessage
{
    public PartialBarsCommand(DateTimeOffset time, IReadOnlyList<PartialBar> bars) : base(time)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var seen = new HashSet<int>();
        foreach (var bar in bars)
        {
            if (bar is null) throw new ArgumentException("A rescan's partial bars must not contain null.", nameof(bars));
            if (!seen.Add(bar.Instrument))
                throw new ArgumentException($"Instrument {bar.Instrument} has two partial bars in one rescan; send the latest only.", nameof(bars));
            if (bar.AsOf > time)
                throw new ArgumentException($"The partial bar of instrument {bar.Instrument} is as of {bar.AsOf:O}, after the rescan at {time:O}.", nameof(bars));
        }
        Bars = [.. bars];
    }

    /// <summary>The partial bars, in the order given (a copy: the sender's list may change afterwards).</summary>
    public IReadOnlyList<PartialBar> Bars { get; }
}
