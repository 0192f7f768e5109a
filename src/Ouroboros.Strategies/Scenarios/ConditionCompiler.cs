namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Compiles a bound condition once into <see cref="CompiledCondition"/> code. Negations are pushed down to the
/// comparisons first (¬(a &lt; b) → a ≥ b, De Morgan for and/or), so that a missing value makes its comparison false
/// even under a "not": the result is that of Kleene three-valued logic with unknown read as "no". And/or become jumps:
/// in <c>x &amp;&amp; y</c> a true x continues with y and a false x goes where the whole would go when false.
/// </summary>
public static class ConditionCompiler
{
    public static CompiledCondition Compile(BoundCondition condition, SnapshotLayout layout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(layout);
        var code = new List<ConditionInstruction>();
        // Targets are emitted as labels (≥ 0) or terminals (< 0); a label is fixed once its code position is known.
        var labels = new List<int>();
        Emit(condition.Node, negated: false, CompiledCondition.Fires, CompiledCondition.DoesNotFire);
        int Resolve(int target) => target < 0 ? target : labels[target];
        var resolved = code.Select(i => i with { OnTrue = Resolve(i.OnTrue), OnFalse = Resolve(i.OnFalse) }).ToArray();
        return new CompiledCondition(condition.Text, resolved);

        int NewLabel()
        {
            labels.Add(-1);
            return labels.Count - 1;
        }

        void Emit(ConditionNode node, bool negated, int onTrue, int onFalse)
        {
            switch (node)
            {
                case ConditionNode.Not n:
                    Emit(n.Inner, !negated, onTrue, onFalse);
                    break;
                case ConditionNode.And a:
                    Junction(a.Left, a.Right, isAnd: true, negated, onTrue, onFalse);
                    break;
                case ConditionNode.Or o:
                    Junction(o.Left, o.Right, isAnd: false, negated, onTrue, onFalse);
                    break;
                case ConditionNode.Comparison c:
                    var op = negated ? ConditionSyntax.Negate(c.Op) : c.Op;
                    var (l, lc) = Operand(c.Left);
                    var (r, rc) = Operand(c.Right);
                    // CompareOp and the opcodes share their order, so the cast maps one onto the other.
                    code.Add(new ConditionInstruction((ConditionOpCode)(int)op, l, lc, r, rc, onTrue, onFalse));
                    break;
                default:
                    throw new ArgumentException($"Unexpected node {node.GetType().Name}.", nameof(condition));
            }
        }

        void Junction(ConditionNode left, ConditionNode right, bool isAnd, bool negated, int onTrue, int onFalse)
        {
            // Under a negation an "and" acts as an "or" and vice versa (De Morgan).
            var next = NewLabel();
            if (isAnd != negated) Emit(left, negated, next, onFalse);
            else Emit(left, negated, onTrue, next);
            labels[next] = code.Count;
            Emit(right, negated, onTrue, onFalse);
        }

        (int Slot, double Constant) Operand(ConditionOperand operand) => operand switch
        {
            ConditionOperand.Number n => (-1, n.Value),
            ConditionOperand.Name name => (layout.SlotOf(condition.ValueOf(name.Text)), 0),
            _ => throw new ArgumentException($"Unexpected operand {operand.GetType().Name}.", nameof(condition)),
        };
    }
}
