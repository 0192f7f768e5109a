namespace Ouroboros.Strategies.Scenarios;

/// <summary>A token with its 1-based position and source text (for error messages).</summary>
public readonly record struct ConditionToken(TokenKind Kind, int Position, string Text, double Number = 0, CompareOp Op = CompareOp.Equal);
