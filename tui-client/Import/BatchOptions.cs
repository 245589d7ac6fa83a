using Cchc.V1;

namespace CchcGrpc.Client.Import;

/// <summary>How `cchc import` turns a file's rows into batches: the report for rows that name none, sizes, and what each batch asks of the server.</summary>
/// <param name="LineOffset">Added to every row's line on the wire (see <see cref="SourceLines"/>).</param>
/// <param name="MapHash">Hash of the map file's rules, part of the idempotency keys: another map may map rows otherwise.</param>
/// <param name="ListMappings">Ask the server how every row was mapped (for --write-map).</param>
public sealed record BatchOptions(string Unit, string Period, int BatchSize, bool DryRun, int LineOffset = 0, string MapHash = "", bool ListMappings = false)
{
    public IReadOnlyList<ImportMapRule> MapRules { get; init; } = [];
}
