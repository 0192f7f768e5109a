namespace Ouroboros.Strategies.Scenarios;

/// <summary>A parsed condition whose every name resolved; <see cref="Values"/> holds each distinct name once, in order of first use.</summary>
public sealed record BoundCondition(string Text, ConditionNode Node, IReadOnlyList<ScenarioValue> Values)
{
    public ScenarioValue ValueOf(string name)
    {
        foreach (var value in Values)
        {
            if (value.Name == name) return value;
        }
        throw new KeyNotFoundException($"'{name}' is not used by the condition '{Text}'.");
    }
}
