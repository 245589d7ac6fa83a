namespace CchcGrpc.Server.Domain.Rules;

/// <summary>
/// Splits a rule into tokens. A run of digits with dots is a <see cref="TokenKind.Code"/> (codes are
/// what rules are about); a literal never has a dot, so 100 and 0,05 are numbers and 3.1 is a code.
/// The parser reads a code-shaped token after <c>±</c> as a tolerance, where <c>0.05</c> is natural.
/// </summary>
public static class RuleTokenizer
{
    private static readonly string[] Romans = ["VII", "VI", "IV", "V", "III", "II", "I"];

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c) || StartsWithField(text, i, out _))
            {
                tokens.Add(ReadNumberOrCode(text, ref i));
                continue;
            }

            var (kind, length) = Operator(text, i)
                ?? throw new RuleSyntaxException(text, i, $"Unexpected character '{c}'");
            tokens.Add(new(kind, text.Substring(start, length), start));
            i += length;
        }

        tokens.Add(new(TokenKind.End, "", text.Length));
        return tokens;
    }

    private static Token ReadNumberOrCode(string text, ref int i)
    {
        var start = i;
        var hasField = StartsWithField(text, i, out var fieldLength);
        if (hasField)
        {
            i += fieldLength + 1; // the numeral and its dot
        }

        var dots = 0;
        var comma = false;
        while (i < text.Length)
        {
            var c = text[i];
            var nextIsDigit = i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);
            if (char.IsAsciiDigit(c)) i++;
            else if (c == '.' && nextIsDigit && !comma) { dots++; i++; }
            else if (c == ',' && nextIsDigit && dots == 0 && !hasField && !comma) { comma = true; i++; }
            else break;
        }

        if (hasField && i == start + fieldLength + 1)
        {
            throw new RuleSyntaxException(text, i, "Expected a code after the field numeral");
        }

        var kind = hasField || dots > 0 ? TokenKind.Code : TokenKind.Number;
        return new(kind, text[start..i], start);
    }

    // "VII.6" starts a field-qualified code; a bare "V" or "VI" without ".digit" is not one.
    private static bool StartsWithField(string text, int i, out int length)
    {
        foreach (var roman in Romans)
        {
            var end = i + roman.Length;
            if (string.CompareOrdinal(text, i, roman, 0, roman.Length) == 0
                && end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
            {
                length = roman.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    private static (TokenKind Kind, int Length)? Operator(string text, int i)
    {
        var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
        return two switch
        {
            "+-" => (TokenKind.PlusMinus, 2),
            "==" => (TokenKind.Equal, 2),
            "!=" => (TokenKind.NotEqual, 2),
            "<=" => (TokenKind.LessOrEqual, 2),
            ">=" => (TokenKind.GreaterOrEqual, 2),
            _ => text[i] switch
            {
                '±' => (TokenKind.PlusMinus, 1),
                '+' => (TokenKind.Plus, 1),
                '-' or '−' => (TokenKind.Minus, 1),
                '*' or '×' => (TokenKind.Star, 1),
                '/' or '÷' => (TokenKind.Slash, 1),
                '(' => (TokenKind.LeftParen, 1),
                ')' => (TokenKind.RightParen, 1),
                '=' => (TokenKind.Equal, 1),
                '≠' => (TokenKind.NotEqual, 1),
                '≤' => (TokenKind.LessOrEqual, 1),
                '≥' => (TokenKind.GreaterOrEqual, 1),
                '<' => (TokenKind.Less, 1),
                '>' => (TokenKind.Greater, 1),
                _ => null,
            },
        };
    }
}
