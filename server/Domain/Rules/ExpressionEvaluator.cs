namespace CchcGrpc.Server.Domain.Rules;

/// <summary>
/// Evaluates expressions over indicator values, carrying each value's rounding slack so that a
/// percentage written as 57% is accepted against a recomputed 56,55%.
/// </summary>
public static class ExpressionEvaluator
{
    // Why a blocked side blocked: "/" outranks unusable, which outranks missing.
    private static readonly OperandState[] Precedence =
        [OperandState.NotApplicable, OperandState.Unusable, OperandState.Missing, OperandState.Undefined];

    public static Evaluation Evaluate(ExprNode node, Func<string, Operand> resolve) => node switch
    {
        NumberNode n => new(OperandState.Value, n.Value, 0, []),
        RefNode r => FromOperand(r.IndicatorId, resolve(r.IndicatorId)),
        NegateNode n => Evaluate(n.Operand, resolve) is var v && v.HasValue ? v with { Value = -v.Value } : v,
        BinaryNode b => Combine(b.Operator, Evaluate(b.Left, resolve), Evaluate(b.Right, resolve)),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    public static ComparisonOutcome Check(Comparison rule, Func<string, Operand> resolve)
    {
        var left = Evaluate(rule.Left, resolve);
        var right = Evaluate(rule.Right, resolve);
        if (!left.HasValue || !right.HasValue)
        {
            return new(RuleVerdict.NotCheckable, left, right);
        }

        var slack = left.Slack + right.Slack + rule.Tolerance;
        var difference = left.Value - right.Value;
        var holds = rule.Operator switch
        {
            ComparisonOperator.Equal => Math.Abs(difference) <= slack,
            ComparisonOperator.NotEqual => Math.Abs(difference) > slack,
            ComparisonOperator.Less => difference < slack,
            ComparisonOperator.LessOrEqual => difference <= slack,
            ComparisonOperator.Greater => difference > -slack,
            _ => difference >= -slack,
        };
        return new(holds ? RuleVerdict.Passed : RuleVerdict.Failed, left, right);
    }

    private static Evaluation FromOperand(string id, Operand operand) => operand.State == OperandState.Value
        ? new(OperandState.Value, operand.Value, operand.Slack, [])
        : new(operand.State, 0, 0, [id]);

    private static Evaluation Combine(BinaryOperator op, Evaluation a, Evaluation b)
    {
        if (!a.HasValue || !b.HasValue)
        {
            var state = Precedence.First(s => a.State == s || b.State == s);
            return new(state, 0, 0, [.. a.Blocking.Concat(b.Blocking).Distinct()]);
        }

        var (x, sx, y, sy) = (a.Value, a.Slack, b.Value, b.Slack);
        return op switch
        {
            BinaryOperator.Add => new(OperandState.Value, x + y, sx + sy, []),
            BinaryOperator.Subtract => new(OperandState.Value, x - y, sx + sy, []),
            BinaryOperator.Multiply => new(OperandState.Value, x * y, Math.Abs(x) * sy + Math.Abs(y) * sx + sx * sy, []),
            // 0 of 0 is not 0% and not 100%: it has no value, and a rule over it cannot be checked.
            _ when y == 0 => new(OperandState.Undefined, 0, 0, []),
            // First-order error of x/y; the parts of a percentage are usually exact counts (sx = sy = 0).
            _ => new(OperandState.Value, x / y, (sx + Math.Abs(x / y) * sy) / Math.Abs(y), []),
        };
    }
}
