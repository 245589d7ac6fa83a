namespace CchcGrpc.Server.Domain.Rules;

public enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
}
