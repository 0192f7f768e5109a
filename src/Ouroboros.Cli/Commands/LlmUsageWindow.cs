namespace Ouroboros.Cli.Commands;

/// <summary>Whole UTC days, both included; <see cref="From"/>/<see cref="To"/> are the half-open instants the log reads.</summary>
public sealed record LlmUsageWindow(DateOnly FirstDay, DateOnly LastDay)
{
    public DateTimeOffset From => new(FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset To => new(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
