namespace Ouroboros.Domain.Calendars;

/// <summary>Hours in force from <paramref name="From"/> until the next period (the first period also covers every earlier date).</summary>
internal sealed record HoursPeriod(DateOnly From, SessionHours Hours);
