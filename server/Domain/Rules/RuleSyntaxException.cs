namespace CchcGrpc.Server.Domain.Rules;

/// <summary>A rule or formula that does not parse; says where (0-based) and what was expected.</summary>
public sealed class RuleSyntaxException(string expression, int position, string problem)
    : FormatException($"{problem} at position {position} in '{expression}'")
{
    public string Expression { get; } = expression;

    public int Position { get; } = position;

    public string Problem { get; } = problem;
}
