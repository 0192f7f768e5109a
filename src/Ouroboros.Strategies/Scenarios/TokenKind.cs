namespace Ouroboros.Strategies.Scenarios;

/// <summary>The kinds of token the tokenizer produces; keywords <c>and/or/not</c> become the operator kinds.</summary>
public enum TokenKind
{
    Number,
    Identifier,
    Compare,
    And,
    Or,
    Not,
    Open,
    Close,
    End,
}
