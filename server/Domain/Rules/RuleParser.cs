using System.Globalization;
using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Rules;

/// <summary>
/// Parses rules and formulas over indicator codes.
/// <code>
/// rule       := expression compare expression [('±' | '+-') number]
/// expression := term (('+' | '-') term)*
/// term       := factor (('*' | '/') factor)*
/// factor     := number | code | '(' expression ')' | '-' factor
/// code       := [field '.'] digits ('.' digits)*    -- "3.1.2" within the rule's field, "VII.6.4.2" anywhere
/// </code>
/// A top-level code has no dot ("1" in field II), so it must be written with its field: <c>II.1</c>;
/// a bare 1 is the number one.
/// </summary>
public static class RuleParser
{
    public static Comparison ParseRule(string text, Field? scope)
    {
        var parser = new State(text, scope);
        var left = parser.Expression();
        var op = parser.Next();
        var comparison = op.Kind switch
        {
            TokenKind.Equal => ComparisonOperator.Equal,
            TokenKind.NotEqual => ComparisonOperator.NotEqual,
            TokenKind.Less => ComparisonOperator.Less,
            TokenKind.LessOrEqual => ComparisonOperator.LessOrEqual,
            TokenKind.Greater => ComparisonOperator.Greater,
            TokenKind.GreaterOrEqual => ComparisonOperator.GreaterOrEqual,
            _ => throw parser.Error(op, "Expected a comparison (==, !=, <, <=, >, >=)"),
        };
        var right = parser.Expression();
        var tolerance = parser.Peek.Kind == TokenKind.PlusMinus ? parser.Tolerance() : 0m;
        parser.ExpectEnd();
        return new(left, comparison, right, tolerance);
    }

    public static ExprNode ParseExpression(string text, Field? scope)
    {
        var parser = new State(text, scope);
        var expression = parser.Expression();
        parser.ExpectEnd();
        return expression;
    }

    private sealed class State(string text, Field? scope)
    {
        private readonly IReadOnlyList<Token> _tokens = RuleTokenizer.Tokenize(text);
        private int _index;

        public Token Peek => _tokens[_index];

        public Token Next() => _tokens[Math.Min(_index++, _tokens.Count - 1)];

        public RuleSyntaxException Error(Token at, string problem) =>
            new(text, at.Position, at.Kind == TokenKind.End ? problem + " but the rule ended" : $"{problem} but found '{at.Text}'");

        public void ExpectEnd()
        {
            if (Peek.Kind != TokenKind.End)
            {
                throw Error(Peek, "Expected an operator or the end of the rule");
            }
        }

        public ExprNode Expression()
        {
            var left = Term();
            while (Peek.Kind is TokenKind.Plus or TokenKind.Minus)
            {
                var op = Next();
                left = new BinaryNode(op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract, left, Term(), left.Position);
            }

            return left;
        }

        public decimal Tolerance()
        {
            Next();
            var token = Next();
            var written = token.Text.Replace(',', '.');
            if (token.Kind is not (TokenKind.Number or TokenKind.Code) || written.Count(c => c == '.') > 1
                || !decimal.TryParse(written, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw Error(token, "Expected a tolerance such as 0.05 after ±");
            }

            return value;
        }

        private ExprNode Term()
        {
            var left = Factor();
            while (Peek.Kind is TokenKind.Star or TokenKind.Slash)
            {
                var op = Next();
                left = new BinaryNode(op.Kind == TokenKind.Star ? BinaryOperator.Multiply : BinaryOperator.Divide, left, Factor(), left.Position);
            }

            return left;
        }

        private ExprNode Factor()
        {
            var token = Next();
            switch (token.Kind)
            {
                case TokenKind.Number:
                    return new NumberNode(decimal.Parse(token.Text.Replace(',', '.'), CultureInfo.InvariantCulture), token.Position);
                case TokenKind.Code:
                    return Reference(token);
                case TokenKind.Minus:
                    return new NegateNode(Factor(), token.Position);
                case TokenKind.LeftParen:
                    var inner = Expression();
                    if (Next() is { Kind: not TokenKind.RightParen } close)
                    {
                        throw Error(close, "Expected ')'");
                    }

                    return inner;
                default:
                    throw Error(token, "Expected a code, a number or '('");
            }
        }

        private RefNode Reference(Token token)
        {
            var dot = token.Text.IndexOf('.');
            if (Fields.TryParse(token.Text[..dot], out _))
            {
                return new(token.Text, token.Text, token.Position);
            }

            if (scope is not { } field)
            {
                throw Error(token, "Expected a code with its field (e.g. III.3.1.2) outside a field");
            }

            return new($"{field.Roman()}.{token.Text}", token.Text, token.Position);
        }
    }
}
