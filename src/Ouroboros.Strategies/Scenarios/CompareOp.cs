namespace Ouroboros.Strategies.Scenarios;

/// <summary>The comparison operators of the condition language.</summary>
public enum CompareOp
{
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}
