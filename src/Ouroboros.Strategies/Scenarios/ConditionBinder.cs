namespace Ouroboros.Strategies.Scenarios;

/// <summary>Parses a condition and resolves its names, reporting every unknown or invalid name rather than the first.</summary>
public static class ConditionBinder
{
    /// <summary>The bound condition, or null with the problems appended to <paramref name="errors"/>.</summary>
    public static BoundCondition? Bind(string text, List<ConditionError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var node = ConditionParser.Parse(text, out var syntaxError);
        if (node is null)
        {
            errors.Add(syntaxError!);
            return null;
        }

        var values = new List<ScenarioValue>();
        var before = errors.Count;
        Visit(node, values, errors);
        return errors.Count == before ? new BoundCondition(text, node, values) : null;
    }

    /// <summary>Binds or throws <see cref="FormatException"/> listing every problem.</summary>
    public static BoundCondition Bind(string text)
    {
        var errors = new List<ConditionError>();
        return Bind(text, errors) ?? throw new FormatException(string.Join("; ", errors));
    }

    private static void Visit(ConditionNode node, List<ScenarioValue> values, List<ConditionError> errors)
    {
        switch (node)
        {
            case ConditionNode.Comparison c:
                Resolve(c.Left, values, errors);
                Resolve(c.Right, values, errors);
                break;
            case ConditionNode.And a:
                Visit(a.Left, values, errors);
                Visit(a.Right, values, errors);
                break;
            case ConditionNode.Or o:
                Visit(o.Left, values, errors);
                Visit(o.Right, values, errors);
                break;
            case ConditionNode.Not n:
                Visit(n.Inner, values, errors);
                break;
        }
    }

    private static void Resolve(ConditionOperand operand, List<ScenarioValue> values, List<ConditionError> errors)
    {
        if (operand is not ConditionOperand.Name name) return;
        foreach (var known in values)
        {
            if (known.Name == name.Text) return;
        }
        if (ScenarioVocabulary.TryResolve(name.Text, out var value, out var problem))
            values.Add(value!);
        else
            errors.Add(new ConditionError(name.Position, $"{problem} at {name.Position}; known: {ScenarioVocabulary.Known}"));
    }
}
