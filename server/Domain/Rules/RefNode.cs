namespace CchcGrpc.Server.Domain.Rules;

/// <summary>A reference to an indicator.</summary>
/// <param name="IndicatorId">The resolved catalog id, field included: "III.3.1.2".</param>
/// <param name="Written">As written in the rule: "3.1.2" inside field III, or "III.3.1.2".</param>
public sealed record RefNode(string IndicatorId, string Written, int Position) : ExprNode(Position)
{
    public override string ToString() => Written;
}
