namespace CchcGrpc.Server.SampleData;

/// <summary>
/// One generated cell: the number meant, and the text as an operator would have typed it in
/// Vietnamese notation ("1.909", "99,73%", "/", "") — feed <see cref="RawText"/> to the importer or
/// validator to exercise parsing, or <see cref="Number"/> to store directly.
/// </summary>
public sealed record DemoValue(string IndicatorId, DemoValueState State, decimal? Number, string RawText);
