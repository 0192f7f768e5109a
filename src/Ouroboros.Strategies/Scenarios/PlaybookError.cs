namespace Ouroboros.Strategies.Scenarios;

/// <summary>A problem with one scenario; <see cref="Position"/> is 1-based in its condition, 0 when it is not about the condition.</summary>
public sealed record PlaybookError(string ScenarioId, int Position, string Message)
{
    public override string ToString() => $"scenario '{ScenarioId}': {Message}";
}
