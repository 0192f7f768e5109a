namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Compiles a bound condition once into <see cref="CompiledCondition"/> postfix code. Negations are pushed down to the
/// comparisons first (¬(a &lt; b) → a ≥ b, De Morgan for and/or), so that a missing value makes its comparison false
/// even under a "not": the result is that of Kleene three-valued logic with unknown read as "no".
/// </summary>
public static class ConditionCompiler
{
    public static CompiledCondition Compile(BoundCondition condition, SnapshotLayout layout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(layout);
        var code = new List<ConditionInstruction>();
        var depth = 0;
        var maxDepth = 0;
        Emit(condition.Node, negated: false);
        return new CompiledCondition(condition.Text, [.. code], maxDepth);

        void Emit(ConditionNode node, bool negated)
        {
            switch (node)
            {
                case ConditionNode.Not n:
                    Emit(n.Inner, !negated);
                    break;
                case ConditionNode.And a:
                    Emit(a.Left, negated);
                    Emit(a.Right, negated);
                    Combine(negated ? ConditionOpCode.Or : ConditionOpCode.And);
                    break;
                case ConditionNode.Or o:
                    Emit(o.Left, negated);
                    Emit(o.Right, negated);
                    Combine(negated ? ConditionOpCode.And : ConditionOpCode.Or);
                    break;
                case ConditionNode.Comparison c:
                    var op = negated ? ConditionSyntax.Negate(c.Op) : c.Op;
                    var (left, leftConstant) = Operand(c.Left);
                    var (right, rightConstant) = Operand(c.Right);
                    // CompareOp and the comparison opcodes share their order, so the cast maps one onto the other.
                    code.Add(new ConditionInstruction((ConditionOpCode)(int)op, left, leftConstant, right, rightConstant));
                    maxDepth = Math.Max(maxDepth, ++depth);
                    break;
                default:
                    throw new ArgumentException($"Unexpected node {node.GetType().Name}.", nameof(condition));
            }
        }

        void Combine(ConditionOpCode op)
        {
            code.Add(new ConditionInstruction(op, -1, 0, -1, 0));
            depth--;
        }

        (int Slot, double Constant) Operand(ConditionOperand operand) => operand switch
        {
            ConditionOperand.Number n => (-1, n.Value),
            ConditionOperand.Name name => (layout.SlotOf(condition.ValueOf(name.Text)), 0),
            _ => throw new ArgumentException($"Unexpected operand {operand.GetType().Name}.", nameof(condition)),
        };
    }
}
