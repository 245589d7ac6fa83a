namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>The catalog file is inconsistent; lists every problem found, not just the first.</summary>
public sealed class CatalogFormatException(IReadOnlyList<string> problems)
    : Exception("Indicator catalog is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
