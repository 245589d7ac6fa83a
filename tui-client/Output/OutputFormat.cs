namespace CchcGrpc.Client.Output;

/// <summary>How results are printed: a table for people, json or csv for scripts.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
