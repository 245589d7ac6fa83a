using CchcGrpc.Client.Import;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>
/// The two shared seed appendices as tables of rows, read from the files as printed: the province's
/// Biểu 1–7 (seed 000) and the department's one table over four pages (seed 004). Each row keeps its
/// line in the seed, which is how a transformed document's rows are traced back.
/// </summary>
public static class SeedLayouts
{
    public static IReadOnlyList<LayoutTable> Province { get; } = Load(SeedFiles.ProvinceAnnual2022, title => title[(title.IndexOf(' ', 6) + 1)..]);

    public static IReadOnlyList<LayoutTable> Department { get; } =
        Load(SeedFiles.DepartmentHalfYear2022, _ => "Thống kê số liệu về kết quả thực hiện công tác cải cách hành chính định kỳ");

    private static IReadOnlyList<LayoutTable> Load(string seed, Func<string, string> title)
    {
        var read = ExtractedAppendix.Extract(File.ReadAllText(SeedFiles.PathOf(seed)), seed);
        return [.. read.Tables.Select(t => new LayoutTable(title(t), [.. read.Rows.Where(r => r.Table == t)
            .Select(r => new LayoutRow(r.Line, r.Indicator, r.Label, r.UnitOfMeasure, r.RawValue, r.Note))]))];
    }
}
