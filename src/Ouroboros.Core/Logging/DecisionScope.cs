using System.Collections;

namespace Ouroboros.Core.Logging;

/// <summary>
/// The log scope of one decision: <c>using (logger.BeginScope(new DecisionScope(id)))</c> tags every line written
/// inside it with <see cref="Field"/> (the plain log prints <c>[decision ID]</c>, the JSON log a <c>decision_id</c>
/// field), so a decision's lines can be found together. A list of one pair because that is how logging providers
/// turn a scope into a structured property; no logging package is needed to use it.
/// </summary>
public sealed class DecisionScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    /// <summary>The property name every sink shows.</summary>
    public const string Field = "decision_id";

    public DecisionScope(string decisionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(decisionId);
        DecisionId = decisionId;
    }

    public string DecisionId { get; }

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Field, DecisionId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "decision " + DecisionId;
}
