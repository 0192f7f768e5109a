namespace Ouroboros.Strategies.Playbooks;

/// <summary>
/// <see cref="PlanningTimeout"/> bounds one day's planning (a model call included); past it the desk falls back.
/// <see cref="MaxScenariosPerInstrument"/> is the playbook limit (issue default 5).
/// </summary>
public sealed record PlaybookDeskOptions(TimeSpan PlanningTimeout, int MaxScenariosPerInstrument = 5)
{
    public static PlaybookDeskOptions Default { get; } = new(TimeSpan.FromMinutes(3));
}
