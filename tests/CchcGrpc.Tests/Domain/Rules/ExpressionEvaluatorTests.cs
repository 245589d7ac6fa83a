using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Rules;

namespace CchcGrpc.Tests.Domain.Rules;

public class ExpressionEvaluatorTests
{
    private static Func<string, Operand> Values(params (string Id, Operand Value)[] values) =>
        id => values.FirstOrDefault(v => v.Id == id) is { Id: not null } found ? found.Value : Operand.Missing;

    private static RuleVerdict Check(string rule, Field field, params (string, Operand)[] values) =>
        ExpressionEvaluator.Check(RuleParser.ParseRule(rule, field), Values(values)).Verdict;

    [Fact]
    public void Province_III_3_1_holds_99_73_percent_of_77_251_dossiers()
    {
        Assert.Equal(RuleVerdict.Passed, Check("3.1 == 3.1.2 / 3.1.1 * 100 ± 0.05", Field.III,
            ("III.3.1", Operand.Rounded(99.73m, 2)), ("III.3.1.1", Operand.Exact(77251)), ("III.3.1.2", Operand.Exact(77046))));
    }

    [Fact]
    public void A_whole_percent_is_accepted_within_its_rounding_57_for_56_55()
    {
        // VII 6.3: 522 / 923 = 56,55%, written 57%.
        Assert.Equal(RuleVerdict.Passed, Check("6.3 == 6.3.2 / 6.3.1 * 100", Field.VII,
            ("VII.6.3", Operand.Rounded(57, 0)), ("VII.6.3.1", Operand.Exact(923)), ("VII.6.3.2", Operand.Exact(522))));
    }

    [Fact]
    public void Province_II_3_2_fails_100_percent_for_14_of_96()
    {
        var outcome = ExpressionEvaluator.Check(RuleParser.ParseRule("3.2 == 3.2.2 / 3.2.1 * 100", Field.II),
            Values(("II.3.2", Operand.Rounded(100, 0)), ("II.3.2.1", Operand.Exact(96)), ("II.3.2.2", Operand.Exact(14))));

        Assert.Equal(RuleVerdict.Failed, outcome.Verdict);
        Assert.Equal(100m, outcome.Left.Value);
        Assert.Equal(14.58m, Math.Round(outcome.Right.Value, 2));
    }

    [Fact]
    public void A_share_of_nothing_is_undefined_so_the_rule_cannot_be_checked()
    {
        // Province II 2.2: 100% with 0 documents to handle and 0 handled. Not an error.
        var outcome = ExpressionEvaluator.Check(RuleParser.ParseRule("2.2 == 2.2.2 / 2.2.1 * 100", Field.II),
            Values(("II.2.2", Operand.Rounded(100, 0)), ("II.2.2.1", Operand.Exact(0)), ("II.2.2.2", Operand.Exact(0))));

        Assert.Equal(RuleVerdict.NotCheckable, outcome.Verdict);
        Assert.Equal(OperandState.Undefined, outcome.Right.State);
    }

    [Fact]
    public void Sums_and_inequalities()
    {
        Assert.Equal(RuleVerdict.Passed, Check("1.4 == 1.4.1 + 1.4.2 + 1.4.3", Field.III,
            ("III.1.4", Operand.Exact(1909)), ("III.1.4.1", Operand.Exact(1599)), ("III.1.4.2", Operand.Exact(196)), ("III.1.4.3", Operand.Exact(114))));
        Assert.Equal(RuleVerdict.Failed, Check("2.4 == 2.4.1 + 2.4.2 + 2.4.3", Field.VI,
            ("VI.2.4", Operand.Exact(32)), ("VI.2.4.1", Operand.Exact(0)), ("VI.2.4.2", Operand.Exact(0)), ("VI.2.4.3", Operand.Exact(0))));
        Assert.Equal(RuleVerdict.Passed, Check("6.4.2 <= 6.4.1", Field.VII, ("VII.6.4.2", Operand.Exact(42950)), ("VII.6.4.1", Operand.Exact(425682))));
        Assert.Equal(RuleVerdict.Failed, Check("6.4.2 < 6.4.1", Field.VII, ("VII.6.4.2", Operand.Exact(7)), ("VII.6.4.1", Operand.Exact(7))));
    }

    [Fact]
    public void Blocked_operands_are_named_and_not_applicable_outranks_missing()
    {
        var evaluation = ExpressionEvaluator.Evaluate(RuleParser.ParseExpression("1.1 + 1.2 + 1.3", Field.II),
            Values(("II.1.1", Operand.Exact(54)), ("II.1.2", Operand.NotApplicable)));

        Assert.Equal(OperandState.NotApplicable, evaluation.State);
        Assert.Equal(["II.1.2", "II.1.3"], evaluation.Blocking);
    }

    [Fact]
    public void Negation_and_parentheses()
    {
        var evaluation = ExpressionEvaluator.Evaluate(RuleParser.ParseExpression("-(5.1 - 5.2) * 2", Field.I),
            Values(("I.5.1", Operand.Exact(143)), ("I.5.2", Operand.Exact(101))));

        Assert.Equal(-84m, evaluation.Value);
    }
}
