using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Rules;
using CsCheck;

namespace CchcGrpc.Tests.Reliability.Properties;

/// <summary>
/// The catalog's rules over generated values (CsCheck): a percentage written correctly rounded always
/// passes its rule, one off by more than its rounding always fails, a sum rule is exact, and no text
/// makes the rule parser fail with anything but a RuleSyntaxException.
/// </summary>
public sealed class RuleProperties
{
    private const long Iterations = 20_000;
    private static readonly Comparison Share = RuleParser.ParseRule("3.1 == 3.1.2 / 3.1.1 * 100 ± 0.05", Field.III);
    private static readonly Comparison Sum = RuleParser.ParseRule("1.4 == 1.4.1 + 1.4.2 + 1.4.3", Field.II);

    // Dossiers received and handled on time, as the province reports them (Biểu 3: 77.251 and 77.046).
    private static readonly Gen<(long Whole, long Part)> Parts = Gen.Long[1, 2_000_000].SelectMany(whole => Gen.Long[0, whole].Select(part => (whole, part)));

    [Fact]
    public void A_share_written_to_two_decimals_as_computed_passes_its_rule() =>
        Gen.Select(Parts, Gen.Int[0, 2]).Sample((parts, decimals) =>
        {
            var written = Math.Round(parts.Part * 100m / parts.Whole, decimals, MidpointRounding.AwayFromZero);
            return Check(Share, ("III.3.1", Operand.Rounded(written, decimals)), ("III.3.1.1", Operand.Exact(parts.Whole)), ("III.3.1.2", Operand.Exact(parts.Part))) == RuleVerdict.Passed;
        }, iter: Iterations);

    [Fact]
    public void A_share_off_by_more_than_its_rounding_and_tolerance_fails_its_rule() =>
        Gen.Select(Parts, Gen.Decimal[0.56m, 50m], Gen.Bool).Sample((parts, off, up) =>
        {
            var written = Math.Round(parts.Part * 100m / parts.Whole + (up ? off : -off), 2, MidpointRounding.AwayFromZero);
            return Check(Share, ("III.3.1", Operand.Rounded(written, 2)), ("III.3.1.1", Operand.Exact(parts.Whole)), ("III.3.1.2", Operand.Exact(parts.Part))) == RuleVerdict.Failed;
        }, iter: Iterations);

    [Fact]
    public void A_total_passes_its_sum_rule_exactly_when_it_is_the_sum_of_its_parts() =>
        Gen.Select(Gen.Long[0, 100_000].Array[3], Gen.Long[-3, 3]).Sample((parts, error) =>
        {
            var total = parts.Sum() + error;
            var verdict = Check(Sum, ("II.1.4", Operand.Exact(total)), ("II.1.4.1", Operand.Exact(parts[0])), ("II.1.4.2", Operand.Exact(parts[1])), ("II.1.4.3", Operand.Exact(parts[2])));
            return verdict == (error == 0 ? RuleVerdict.Passed : RuleVerdict.Failed);
        }, iter: Iterations);

    [Fact]
    public void A_rule_with_a_missing_part_is_not_checkable_never_failed() =>
        Gen.Long[0, 100_000].Sample(total =>
            Check(Sum, ("II.1.4", Operand.Exact(total)), ("II.1.4.1", Operand.Exact(total))) == RuleVerdict.NotCheckable,
            iter: 2_000);

    [Fact]
    public void Any_text_parses_to_a_rule_or_a_RuleSyntaxException() =>
        Gen.String[Gen.Char["0123456789.+-*/()=<>≤≥±% abIVX"], 0, 30].Sample(text =>
        {
            try
            {
                RuleParser.ParseRule(text, Field.III);
            }
            catch (RuleSyntaxException)
            {
            }
        }, iter: Iterations);

    private static RuleVerdict Check(Comparison rule, params (string Id, Operand Value)[] values) =>
        ExpressionEvaluator.Check(rule, id => values.FirstOrDefault(v => v.Id == id) is { Id: not null } found ? found.Value : Operand.Missing).Verdict;
}
