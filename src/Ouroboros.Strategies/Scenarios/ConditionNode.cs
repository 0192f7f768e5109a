namespace Ouroboros.Strategies.Scenarios;

/// <summary>The syntax tree of a condition, as the parser builds it (before names are resolved).</summary>
public abstract record ConditionNode
{
    private ConditionNode() { }

    public sealed record Comparison(ConditionOperand Left, CompareOp Op, ConditionOperand Right) : ConditionNode
    {
        public override string ToString() => $"{Left} {ConditionSyntax.Symbol(Op)} {Right}";
    }

    public sealed record And(ConditionNode Left, ConditionNode Right) : ConditionNode
    {
        public override string ToString() => $"({Left} && {Right})";
    }

    public sealed record Or(ConditionNode Left, ConditionNode Right) : ConditionNode
    {
        public override string ToString() => $"({Left} || {Right})";
    }

    public sealed record Not(ConditionNode Inner) : ConditionNode
    {
        public override string ToString() => $"!{Inner}";
    }
}
