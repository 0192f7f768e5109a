using Ouroboros.Risk.Engine;

namespace Ouroboros.Risk.Gates;

/// <summary>
/// After <see cref="Length"/> losing round trips in a row, denies new entries until <see cref="Pause"/> has passed
/// since the latest losing exit (allowed again at exactly the end): a run of losses usually means the market no longer
/// suits the strategy, and a pause keeps it from compounding them. The streak only resets on a winner, so every further
/// loss after the pause starts a new pause. Exits are never held back.
/// </summary>
public sealed class LosingStreakGate : IRiskGate
{
    public const string GateName = "losing_streak";

    /// <summary>The policy allows at most a year; the bound also keeps "last loss + pause" inside the calendar.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromDays(365);

    public LosingStreakGate(int length, TimeSpan pause)
    {
        if (length < 1)
            throw new ArgumentOutOfRangeException(nameof(length), length, "A losing streak is at least one losing trade long.");
        if (pause <= TimeSpan.Zero || pause > MaxPause)
            throw new ArgumentOutOfRangeException(nameof(pause), pause, "The pause after a losing streak must be longer than zero and at most 365 days.");
        Length = length;
        Pause = pause;
    }

    public string Name => GateName;
    public int Length { get; }
    public TimeSpan Pause { get; }

    public RiskVerdict Evaluate(RiskCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!check.IsEntry) return RiskVerdict.Approved;
        var losses = check.History.ConsecutiveLosses;
        if (losses < Length) return RiskVerdict.Approved;
        if (check.History.LastLossTime is not { } lastLoss)
            return RiskVerdict.Missing(Name, $"{losses} losing trades in a row but the time of the last losing exit is unknown, so the pause cannot be timed",
                RiskFigure.Of("consecutive_losses", losses), RiskFigure.Of("streak_length", Length), RiskFigure.Of("last_loss", (DateTimeOffset?)null));
        var ends = lastLoss + Pause;
        return check.Time < ends
            ? RiskVerdict.Denied(Name,
                $"{losses} losing trades in a row (limit {Length}): no new entries for {Pause.TotalMinutes:0.##} minutes after the last loss at {lastLoss.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z; the pause ends at {ends.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z",
                RiskFigure.Of("consecutive_losses", losses), RiskFigure.Of("streak_length", Length), RiskFigure.Of("last_loss", lastLoss),
                RiskFigure.Of("pause_minutes", Pause.TotalMinutes), RiskFigure.Of("pause_ends", ends), RiskFigure.Of("time", check.Time))
            : RiskVerdict.Approved;
    }
}
