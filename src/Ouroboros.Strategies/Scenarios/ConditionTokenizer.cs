using System.Globalization;

namespace Ouroboros.Strategies.Scenarios;

/// <summary>
/// Splits a condition into tokens. Identifiers are lower-cased (the language is case-insensitive); a '-' directly
/// before a digit starts a negative number, since the language has no arithmetic for it to mean anything else.
/// </summary>
public static class ConditionTokenizer
{
    /// <summary>The tokens ending with <see cref="TokenKind.End"/>, or null and the first lexical error.</summary>
    public static List<ConditionToken>? Tokenize(string text, out ConditionError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<ConditionToken>();
        var i = 0;
        error = null;
        while (i < text.Length)
        {
            var c = text[i];
            var position = i + 1;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsNumberStart(text, i))
            {
                var start = i;
                if (c == '-') i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
                var literal = text[start..i];
                if (!double.TryParse(literal, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    error = new ConditionError(position, $"'{literal}' is not a number at {position}");
                    return null;
                }
                if (i < text.Length && IsIdentifierPart(text[i]))
                {
                    error = new ConditionError(position, $"a name must start with a letter, not '{literal}' at {position}");
                    return null;
                }
                tokens.Add(new ConditionToken(TokenKind.Number, position, literal, value));
                continue;
            }
            if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && IsIdentifierPart(text[i])) i++;
                var word = text[start..i].ToLowerInvariant();
                var kind = word switch { "and" => TokenKind.And, "or" => TokenKind.Or, "not" => TokenKind.Not, _ => TokenKind.Identifier };
                tokens.Add(new ConditionToken(kind, position, word));
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var token = (c, next) switch
            {
                ('<', '=') => Op(CompareOp.LessOrEqual, position, "<="),
                ('>', '=') => Op(CompareOp.GreaterOrEqual, position, ">="),
                ('=', '=') => Op(CompareOp.Equal, position, "=="),
                ('!', '=') => Op(CompareOp.NotEqual, position, "!="),
                ('&', '&') => new ConditionToken(TokenKind.And, position, "&&"),
                ('|', '|') => new ConditionToken(TokenKind.Or, position, "||"),
                ('<', _) => Op(CompareOp.Less, position, "<"),
                ('>', _) => Op(CompareOp.Greater, position, ">"),
                ('!', _) => new ConditionToken(TokenKind.Not, position, "!"),
                ('(', _) => new ConditionToken(TokenKind.Open, position, "("),
                (')', _) => new ConditionToken(TokenKind.Close, position, ")"),
                _ => default(ConditionToken?),
            };
            if (token is null)
            {
                var hint = c switch { '=' => "; use '==' for equality", '&' => "; use '&&' or 'and'", '|' => "; use '||' or 'or'", _ => "" };
                error = new ConditionError(position, $"unexpected character '{c}' at {position}{hint}");
                return null;
            }
            tokens.Add(token.Value);
            i += token.Value.Text.Length;
        }
        tokens.Add(new ConditionToken(TokenKind.End, text.Length + 1, "end of condition"));
        return tokens;
    }

    private static ConditionToken Op(CompareOp op, int position, string text) => new(TokenKind.Compare, position, text, Op: op);

    private static bool IsNumberStart(string text, int i)
    {
        var c = text[i];
        if (c == '-') i++;
        if (i >= text.Length) return false;
        var d = text[i];
        return char.IsAsciiDigit(d) || (d == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
    }

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
