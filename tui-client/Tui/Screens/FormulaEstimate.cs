using System.Globalization;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Evaluates a catalog formula ("3.1.2 / 3.1.1 * 100", "1.1 + 1.2 + 1.3") on this machine, so that a
/// derived value follows the digits as they are typed without a call per keystroke. The grammar is the
/// server's (server/Domain/Rules/RuleParser): + − * / and parentheses over numbers and codes; a code
/// with a dot is an indicator of the formula's field unless it names its field ("VII.6.4.2"). A
/// missing operand or a division by zero gives no value, as on the server; the server's preview
/// replaces the estimate when it answers.
/// </summary>
public static class FormulaEstimate
{
    /// <summary>The formula's value, or null when an operand is missing or the formula cannot be read.</summary>
    public static decimal? Evaluate(string formula, string field, Func<string, decimal?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(valueOf);
        var reader = new Reader(formula, field, valueOf);
        try
        {
            var value = reader.Expression();
            return reader.AtEnd ? value : null;
        }
        catch (Exception e) when (e is FormatException or OverflowException or DivideByZeroException)
        {
            return null;
        }
    }

    private sealed class Reader(string text, string field, Func<string, decimal?> valueOf)
    {
        private int _at;

        public bool AtEnd
        {
            get
            {
                SkipSpace();
                return _at == text.Length;
            }
        }

        public decimal? Expression()
        {
            var left = Term();
            while (Peek() is '+' or '-')
            {
                var op = text[_at++];
                var right = Term();
                left = left is null || right is null ? null : op == '+' ? left + right : left - right;
            }
            return left;
        }

        private decimal? Term()
        {
            var left = Factor();
            while (Peek() is '*' or '/')
            {
                var op = text[_at++];
                var right = Factor();
                left = left is null || right is null || (op == '/' && right == 0) ? null : op == '*' ? left * right : left / right;
            }
            return left;
        }

        private decimal? Factor()
        {
            var c = Peek();
            if (c == '(')
            {
                _at++;
                var inner = Expression();
                if (Peek() != ')')
                    throw new FormatException("expected ')'");
                _at++;
                return inner;
            }
            if (c == '-')
            {
                _at++;
                return -Factor();
            }
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] is '.' or ','))
                _at++;
            var token = text[start.._at];
            if (token.Length == 0)
                throw new FormatException("expected a code or a number");
            if (!token.Contains('.', StringComparison.Ordinal))
                return decimal.Parse(token.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            var head = token[..token.IndexOf('.', StringComparison.Ordinal)];
            var named = head.Length > 0 && head.All(ch => ch is 'I' or 'V' or 'X');
            return valueOf(named ? token : field + "." + token);
        }

        private char Peek()
        {
            SkipSpace();
            return _at < text.Length ? text[_at] : '\0';
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at]))
                _at++;
        }
    }
}
