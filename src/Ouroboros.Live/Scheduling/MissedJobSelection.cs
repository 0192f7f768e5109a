namespace Ouroboros.Live.Scheduling;

/// <summary>What <see cref="MissedJobPolicy.Select"/> decided: the jobs to run now (in order) and the missed ones skipped.</summary>
public sealed record MissedJobSelection(IReadOnlyList<ScheduledJob> Run, IReadOnlyList<ScheduledJob> Skipped);
