namespace Ouroboros.Strategies.Scenarios;

/// <summary>Instructions of a compiled condition. There is no "not": the compiler pushes negations into the comparisons.</summary>
public enum ConditionOpCode : byte
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
    And,
    Or,
}
