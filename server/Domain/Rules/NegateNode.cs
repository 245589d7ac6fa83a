namespace CchcGrpc.Server.Domain.Rules;

public sealed record NegateNode(ExprNode Operand, int Position) : ExprNode(Position)
{
    public override string ToString() => $"-{Operand}";
}
