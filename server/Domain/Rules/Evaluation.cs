namespace CchcGrpc.Server.Domain.Rules;

/// <summary>The result of evaluating an expression.</summary>
/// <param name="Blocking">Indicators that stopped evaluation (missing, not applicable or unusable).</param>
public sealed record Evaluation(OperandState State, decimal Value, decimal Slack, IReadOnlyList<string> Blocking)
{
    public bool HasValue => State == OperandState.Value;
}
