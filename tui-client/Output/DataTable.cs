namespace CchcGrpc.Client.Output;

/// <summary>Rows of text under stable column keys; printed as a table, JSON objects or CSV.</summary>
public sealed record DataTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
