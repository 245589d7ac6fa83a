namespace CchcGrpc.Client.Import;

/// <summary>
/// One value row read from an import file, before the server maps it to the catalog.
/// Unit and period are empty for appendix files, which take them from --unit and --period.
/// </summary>
/// <param name="Table">For an appendix row: the title of the table it is printed in (every part of a table split over pages shares it).</param>
public sealed record SourceRow(
    int Line,
    string Unit,
    string Period,
    string Indicator,
    string RawValue,
    string Note,
    string Label = "",
    string Section = "",
    string UnitOfMeasure = "",
    string Table = "");
