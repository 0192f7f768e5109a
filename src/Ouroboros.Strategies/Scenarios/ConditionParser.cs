namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Recursive-descent parser for conditions. Precedence, loosest first: <c>||</c>/<c>or</c>, <c>&amp;&amp;</c>/<c>and</c>,
/// <c>!</c>/<c>not</c>, then a comparison <c>operand op operand</c> or a parenthesised condition. Operators of equal
/// precedence associate to the left. Syntax errors stop at the first one, since what follows it is guesswork;
/// unknown names are reported later, all at once, by <see cref="ConditionBinder"/>.
/// </summary>
public sealed class ConditionParser
{
    private readonly List<ConditionToken> _tokens;
    private int _next;

    private ConditionParser(List<ConditionToken> tokens) => _tokens = tokens;

    /// <summary>The syntax tree, or null and the first syntax error.</summary>
    public static ConditionNode? Parse(string text, out ConditionError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ConditionTokenizer.Tokenize(text, out error);
        if (tokens is null) return null;
        if (tokens.Count == 1)
        {
            error = new ConditionError(1, "the condition is empty");
            return null;
        }
        try
        {
            var parser = new ConditionParser(tokens);
            var node = parser.ParseOr();
            var end = parser.Peek;
            if (end.Kind != TokenKind.End)
                throw new SyntaxException(end.Position, end.Kind == TokenKind.Close
                    ? $"unmatched ')' at {end.Position}"
                    : $"expected '&&', '||' or the end after a comparison, found '{end.Text}' at {end.Position}");
            return node;
        }
        catch (SyntaxException e)
        {
            error = new ConditionError(e.Position, e.Message);
            return null;
        }
    }

    private ConditionToken Peek => _tokens[_next];

    private ConditionToken Take() => _tokens[_next++];

    private ConditionNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek.Kind == TokenKind.Or)
        {
            Take();
            left = new ConditionNode.Or(left, ParseAnd());
        }
        return left;
    }

    private ConditionNode ParseAnd()
    {
        var left = ParseUnary();
        while (Peek.Kind == TokenKind.And)
        {
            Take();
            left = new ConditionNode.And(left, ParseUnary());
        }
        return left;
    }

    private ConditionNode ParseUnary()
    {
        var token = Peek;
        switch (token.Kind)
        {
            case TokenKind.Not:
                Take();
                return new ConditionNode.Not(ParseUnary());
            case TokenKind.Open:
                Take();
                var inner = ParseOr();
                var close = Take();
                if (close.Kind != TokenKind.Close)
                    throw new SyntaxException(close.Position, $"expected ')' to close '(' at {token.Position}, found '{close.Text}' at {close.Position}");
                return inner;
            default:
                return ParseComparison();
        }
    }

    private ConditionNode.Comparison ParseComparison()
    {
        var left = ParseOperand(null);
        var op = Take();
        if (op.Kind != TokenKind.Compare)
            throw new SyntaxException(op.Position, $"expected a comparison (<, <=, >, >=, ==, !=) after '{Previous.Text}', found '{op.Text}' at {op.Position}");
        var right = ParseOperand(op);
        return new ConditionNode.Comparison(left, op.Op, right);
    }

    private ConditionToken Previous => _tokens[_next - 2];

    private ConditionOperand ParseOperand(ConditionToken? after)
    {
        var token = Take();
        return token.Kind switch
        {
            TokenKind.Number => new ConditionOperand.Number(token.Number, token.Position),
            TokenKind.Identifier => new ConditionOperand.Name(token.Text, token.Position),
            _ => throw Unexpected(token, after),
        };
    }

    private static SyntaxException Unexpected(ConditionToken token, ConditionToken? after) => after is { } op
        ? new SyntaxException(op.Position, $"expected a number or identifier after '{op.Text}' at {op.Position}, found '{token.Text}'")
        : new SyntaxException(token.Position, $"expected a number, identifier, '!' or '(' at {token.Position}, found '{token.Text}'");

    private sealed class SyntaxException(int position, string message) : Exception(message)
    {
        public int Position { get; } = position;
    }
}
