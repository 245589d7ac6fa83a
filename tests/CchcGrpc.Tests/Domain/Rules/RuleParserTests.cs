using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Rules;

namespace CchcGrpc.Tests.Domain.Rules;

public class RuleParserTests
{
    [Fact]
    public void A_percentage_rule_reads_codes_within_its_field()
    {
        var rule = RuleParser.ParseRule("3.1 == 3.1.2 / 3.1.1 * 100 ± 0.05", Field.III);

        Assert.Equal(ComparisonOperator.Equal, rule.Operator);
        Assert.Equal(0.05m, rule.Tolerance);
        Assert.Equal(["III.3.1", "III.3.1.2", "III.3.1.1"], rule.IndicatorIds());
        Assert.Equal("((3.1.2 / 3.1.1) * 100)", rule.Right.ToString());
    }

    [Theory]
    [InlineData("3.1 == 3.1.2 / 3.1.1 * 100 +- 0.05")]
    [InlineData("3.1 == 3.1.2 / 3.1.1 * 100 ± 0,05")]
    [InlineData("3.1 = 3.1.2/3.1.1*100±0.05")]
    public void Plus_minus_is_written_either_way(string text)
    {
        Assert.Equal(0.05m, RuleParser.ParseRule(text, Field.III).Tolerance);
    }

    [Fact]
    public void A_sum_of_children()
    {
        var rule = RuleParser.ParseRule("1.4 == 1.4.1 + 1.4.2 + 1.4.3", Field.III);

        Assert.Equal("((1.4.1 + 1.4.2) + 1.4.3)", rule.Right.ToString());
        Assert.Equal(4, rule.IndicatorIds().Count);
    }

    [Theory]
    [InlineData("6.4.2 <= 6.4.1", ComparisonOperator.LessOrEqual)]
    [InlineData("6.4.2 ≤ 6.4.1", ComparisonOperator.LessOrEqual)]
    [InlineData("6.4.2 < 6.4.1", ComparisonOperator.Less)]
    [InlineData("6.4.2 >= 6.4.1", ComparisonOperator.GreaterOrEqual)]
    [InlineData("6.4.2 != 6.4.1", ComparisonOperator.NotEqual)]
    public void Comparisons(string text, ComparisonOperator expected)
    {
        Assert.Equal(expected, RuleParser.ParseRule(text, Field.VII).Operator);
    }

    [Fact]
    public void A_field_numeral_reaches_across_fields_and_top_level_codes_need_it()
    {
        var rule = RuleParser.ParseRule("II.1 == 1.1 + 1.2 + 1.3", Field.II);
        var across = RuleParser.ParseRule("6.3.1 <= III.1.4", Field.VII);

        Assert.Equal(["II.1", "II.1.1", "II.1.2", "II.1.3"], rule.IndicatorIds());
        Assert.Equal(["VII.6.3.1", "III.1.4"], across.IndicatorIds());
    }

    [Fact]
    public void A_bare_integer_is_a_number_not_a_code()
    {
        var expression = RuleParser.ParseExpression("(5.2 + 5.3) * 100 / 5.1 - 1", Field.I);

        Assert.Equal(["I.5.2", "I.5.3", "I.5.1"], expression.IndicatorIds());
    }

    [Theory]
    [InlineData("3.1 == ", 7, "Expected a code, a number or '(' but the rule ended")]
    [InlineData("3.1 3.1.2", 4, "Expected a comparison")]
    [InlineData("3.1 == (3.1.2 / 3.1.1", 21, "Expected ')' but the rule ended")]
    [InlineData("3.1 == 3.1.2 # 2", 13, "Unexpected character '#'")]
    [InlineData("3.1 == 3.1.2 ± x", 15, "Unexpected character 'x'")]
    [InlineData("3.1 == 3.1.2 ± 1.2.3", 15, "Expected a tolerance")]
    [InlineData("3.1 == 3.1.2 3.1.1", 13, "Expected an operator or the end of the rule")]
    public void Syntax_errors_say_where_and_what(string text, int position, string problem)
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleParser.ParseRule(text, Field.III));

        Assert.Equal(position, error.Position);
        Assert.StartsWith(problem, error.Problem);
        Assert.Contains($"position {position}", error.Message);
    }

    [Fact]
    public void A_code_without_field_needs_a_field_scope()
    {
        var error = Assert.Throws<RuleSyntaxException>(() => RuleParser.ParseRule("3.1 <= 100", null));

        Assert.Equal(0, error.Position);
        Assert.Contains("III.3.1.2", error.Problem);
    }

    [Fact]
    public void Tokens_carry_positions()
    {
        var tokens = RuleTokenizer.Tokenize("VII.6.4.2 <= 6.4.1");

        Assert.Equal([TokenKind.Code, TokenKind.LessOrEqual, TokenKind.Code, TokenKind.End], tokens.Select(t => t.Kind));
        Assert.Equal([0, 10, 13, 18], tokens.Select(t => t.Position));
    }
}
