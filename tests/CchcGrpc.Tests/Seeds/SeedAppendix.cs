using System.Text.RegularExpressions;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Tests.Seeds;

/// <summary>
/// Reads the statistical appendix of a seed document: the tab-separated rows after the "PHỤ LỤC"
/// heading, as <see cref="FormRow"/>s (STT, chỉ tiêu, đơn vị tính, số liệu, ghi chú).
/// </summary>
public static partial class SeedAppendix
{
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"^([0-9]+\.)*[0-9]+\.?$|^[IVX]+\.$")]
    private static partial Regex CodeLike();

    public static IReadOnlyList<FormRow> Rows(string seed)
    {
        var lines = SeedFiles.ReadLines(seed);
        var start = Array.FindIndex(lines, l => l.Trim('*', ' ').StartsWith("PHỤ LỤC", StringComparison.Ordinal));
        if (start < 0) throw new InvalidDataException($"{seed}: no PHỤ LỤC heading");

        var rows = new List<FormRow>();
        foreach (var line in lines.Skip(start).Where(l => l.Contains('\t')))
        {
            var cells = line.Split('\t').Select(c => Markup().Replace(c, "").Trim()).ToArray();
            var cell = (int i) => i < cells.Length ? cells[i] : "";
            var (code, label) = (cell(0), cell(1));
            if (code == "STT" || label.Length == 0) continue; // table headers, Biểu titles
            rows.Add(new(CodeLike().IsMatch(code) ? code : "", label, cell(2), cell(3), cell(4)));
        }

        return rows;
    }
}
