namespace CchcGrpc.Server.Domain.Rules;

public sealed record NumberNode(decimal Value, int Position) : ExprNode(Position)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
