namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// A condition compiled to a flat array of comparisons over snapshot slots resolved at compile time, each saying where
/// to continue when it holds or not (and/or short-circuit as jumps). Evaluation is one loop: no tree walk, no name
/// lookup, no stack, no allocation. Negations were pushed into the comparisons (De Morgan), so every comparison with a
/// missing (NaN) value is false and the result equals three-valued logic where "unknown" means "does not fire".
/// </summary>
public sealed class CompiledCondition
{
    /// <summary>Jump target meaning "the condition holds".</summary>
    public const int Fires = -1;

    /// <summary>Jump target meaning "the condition does not hold".</summary>
    public const int DoesNotFire = -2;

    private readonly ConditionInstruction[] _code;

    internal CompiledCondition(string text, ConditionInstruction[] code)
    {
        Text = text;
        _code = code;
    }

    public string Text { get; }

    /// <summary>The instructions, for inspection and tests.</summary>
    public IReadOnlyList<ConditionInstruction> Code => _code;

    /// <summary>True when the condition holds for <paramref name="snapshot"/> (a snapshot of the layout it was compiled for).</summary>
    public bool Evaluate(ReadOnlySpan<double> snapshot)
    {
        var code = _code;
        var next = 0;
        do
        {
            ref readonly var instruction = ref code[next];
            var a = instruction.Left >= 0 ? snapshot[instruction.Left] : instruction.LeftConstant;
            var b = instruction.Right >= 0 ? snapshot[instruction.Right] : instruction.RightConstant;
            // IEEE comparisons are false when either side is NaN; "!=" is spelled as "<" or ">" so it is too.
            var holds = instruction.Code switch
            {
                ConditionOpCode.Less => a < b,
                ConditionOpCode.LessOrEqual => a <= b,
                ConditionOpCode.Greater => a > b,
                ConditionOpCode.GreaterOrEqual => a >= b,
                ConditionOpCode.Equal => a == b,
                _ => a < b || a > b,
            };
            next = holds ? instruction.OnTrue : instruction.OnFalse;
        }
        while (next >= 0);
        return next == Fires;
    }
}
