using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// After a position in an instrument went back to flat, denies new entries in that instrument until the cooldown has
/// passed (allowed again at exactly the end). Stops a strategy from jumping straight back into the move that just
/// stopped it out. Exits are never held back. An instrument that was never exited has nothing to cool down from.
/// </summary>
public sealed class ReentryCooldownGate : IRiskGate
{
    public const string GateName = "reentry_cooldown";

    /// <summary>The policy allows at most a year; the bound also keeps "last exit + cooldown" inside the calendar.</summary>
    public static readonly TimeSpan MaxCooldown = TimeSpan.FromDays(365);

    public ReentryCooldownGate(TimeSpan cooldown)
    {
        if (cooldown < TimeSpan.Zero || cooldown > MaxCooldown)
            throw new ArgumentOutOfRangeException(nameof(cooldown), cooldown, "The re-entry cooldown must be between zero and 365 days.");
        Cooldown = cooldown;
    }

    public string Name => GateName;
    public TimeSpan Cooldown { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        var instrument = check.Instrument.Id;
        if (check.History.LastExit(instrument) is not { } lastExit) return RiskVerdict.Approved;
        var ends = lastExit + Cooldown;
        return check.Time < ends
            ? RiskVerdict.Denied(Name,
                $"no re-entry into {instrument} within {Cooldown.TotalMinutes:0.##} minutes of its exit at {lastExit.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z; the cooldown ends at {ends.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z",
                new RiskFigure("instrument", instrument.Value), RiskFigure.Of("last_exit", lastExit), RiskFigure.Of("cooldown_minutes", Cooldown.TotalMinutes),
                RiskFigure.Of("cooldown_ends", ends), RiskFigure.Of("time", check.Time))
            : RiskVerdict.Approved;
    }
}
