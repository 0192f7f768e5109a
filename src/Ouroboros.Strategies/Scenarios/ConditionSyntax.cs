namespace Ouroboros.Strategies.Scenarios;

/// <summary>Operator spellings shared by the tokenizer, the syntax tree's text form and error messages.</summary>
public static class ConditionSyntax
{
    public static string Symbol(CompareOp op) => op switch
    {
        CompareOp.Less => "<",
        CompareOp.LessOrEqual => "<=",
        CompareOp.Greater => ">",
        CompareOp.GreaterOrEqual => ">=",
        CompareOp.Equal => "==",
        CompareOp.NotEqual => "!=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>The operator that holds exactly when <paramref name="op"/> does not, for two known numbers.</summary>
    public static CompareOp Negate(CompareOp op) => op switch
    {
        CompareOp.Less => CompareOp.GreaterOrEqual,
        CompareOp.LessOrEqual => CompareOp.Greater,
        CompareOp.Greater => CompareOp.LessOrEqual,
        CompareOp.GreaterOrEqual => CompareOp.Less,
        CompareOp.Equal => CompareOp.NotEqual,
        CompareOp.NotEqual => CompareOp.Equal,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    /// <summary>Compares two known (non-NaN) numbers.</summary>
    public static bool Holds(CompareOp op, double left, double right) => op switch
    {
        CompareOp.Less => left < right,
        CompareOp.LessOrEqual => left <= right,
        CompareOp.Greater => left > right,
        CompareOp.GreaterOrEqual => left >= right,
        CompareOp.Equal => left == right,
        CompareOp.NotEqual => left != right,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
