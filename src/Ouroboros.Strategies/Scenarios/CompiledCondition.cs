namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// A condition compiled to flat postfix code over snapshot slots resolved at compile time, evaluated in one loop with
/// a stack on the thread's stack: no tree walk, no name lookup, no allocation. Negations were pushed into the
/// comparisons (De Morgan), so every comparison with a missing (NaN) value is false and the result equals
/// three-valued logic where "unknown" at the end means "does not fire".
/// </summary>
public sealed class CompiledCondition
{
    private readonly ConditionInstruction[] _code;
    private readonly int _depth;

    internal CompiledCondition(string text, ConditionInstruction[] code, int depth)
    {
        Text = text;
        _code = code;
        _depth = depth;
    }

    public string Text { get; }

    /// <summary>The instructions, for inspection and tests.</summary>
    public IReadOnlyList<ConditionInstruction> Code => _code;

    /// <summary>True when the condition holds for <paramref name="snapshot"/> (a snapshot of the layout it was compiled for).</summary>
    public bool Evaluate(ReadOnlySpan<double> snapshot)
    {
        Span<bool> stack = stackalloc bool[_depth];
        var top = -1;
        foreach (ref readonly var instruction in _code.AsSpan())
        {
            var code = instruction.Code;
            if (code >= ConditionOpCode.And)
            {
                var right = stack[top--];
                stack[top] = code == ConditionOpCode.And ? stack[top] & right : stack[top] | right;
                continue;
            }
            var a = instruction.Left >= 0 ? snapshot[instruction.Left] : instruction.LeftConstant;
            var b = instruction.Right >= 0 ? snapshot[instruction.Right] : instruction.RightConstant;
            // IEEE comparisons are false when either side is NaN; "!=" is spelled as "<" or ">" so it is too.
            stack[++top] = code switch
            {
                ConditionOpCode.Less => a < b,
                ConditionOpCode.LessOrEqual => a <= b,
                ConditionOpCode.Greater => a > b,
                ConditionOpCode.GreaterOrEqual => a >= b,
                ConditionOpCode.Equal => a == b,
                _ => a < b || a > b,
            };
        }
        return stack[0];
    }
}
