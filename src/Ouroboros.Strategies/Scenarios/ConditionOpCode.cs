namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// The comparison of a compiled instruction, in the order of <see cref="CompareOp"/>. There is no "not", "and" or
/// "or": negations are pushed into the comparisons and and/or become jumps.
/// </summary>
public enum ConditionOpCode : byte
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}
