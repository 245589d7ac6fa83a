namespace CchcGrpc.Client.Import;

/// <summary>The columns of the long format (one value per row), shared by the CSV/TSV and JSON readers and writers.</summary>
public static class LongColumns
{
    public const string Unit = "unit";
    public const string Period = "period";
    public const string Indicator = "indicator";
    public const string Value = "value";
    public const string Note = "note";
    public const string Label = "label";
    public const string Section = "section";
    public const string UnitOfMeasure = "unit_of_measure";

    public static readonly IReadOnlyList<string> Required = [Unit, Period, Indicator, Value];

    public static readonly IReadOnlyList<string> All = [Unit, Period, Indicator, Value, Note, Label, Section, UnitOfMeasure];

    public static SourceRow ToRow(int line, IReadOnlyDictionary<string, string> fields) => new(
        line,
        Get(fields, Unit), Get(fields, Period), Get(fields, Indicator), Get(fields, Value), Get(fields, Note),
        Get(fields, Label), Get(fields, Section), Get(fields, UnitOfMeasure));

    /// <param name="positions">For each of <see cref="All"/>, in order, its field's index in a record, or -1 when absent.</param>
    public static SourceRow ToRow(int line, int[] positions, IReadOnlyList<string> fields)
    {
        string Get(int column) => positions[column] < 0 ? "" : fields[positions[column]];
        return new(line, Get(0), Get(1), Get(2), Get(3), Get(4), Get(5), Get(6), Get(7));
    }

    private static string Get(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : "";
}
