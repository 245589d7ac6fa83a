namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>A table of a seed appendix: its title (without "Biểu N") and rows in order.</summary>
public sealed record LayoutTable(string Title, IReadOnlyList<LayoutRow> Rows);
