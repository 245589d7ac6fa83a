namespace CchcGrpc.Server.Domain.Rules;

public sealed record BinaryNode(BinaryOperator Operator, ExprNode Left, ExprNode Right, int Position) : ExprNode(Position)
{
    public override string ToString()
    {
        var symbol = Operator switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            _ => "/",
        };
        return $"({Left} {symbol} {Right})";
    }
}
