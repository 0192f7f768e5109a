namespace Ouroboros.Strategies.Scenarios;

/// <summary>A problem in a condition at a 1-based character position (0 when it concerns the whole scenario).</summary>
public sealed record ConditionError(int Position, string Message)
{
    public override string ToString() => Message;
}
