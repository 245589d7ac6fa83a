using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Finds the statistical tables (Biểu 1–7 of the province form, the Phụ lục of the department
/// form) in a whole report text and lists their rows exactly as printed. It does not interpret
/// codes: the server maps them with the label, because real reports misnumber rows (the
/// department form repeats 1.1.1–1.1.4 under 1.2) and repeat codes (IV 2 for civil servants and
/// again for public employees).
/// </summary>
public static partial class AppendixExtractor
{
    public const string Province = "province";
    public const string Department = "department";

    public static ExtractedAppendix Extract(string text, string sourceName)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var rows = new List<SourceRow>();
        var state = new TableState();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNumber = i + 1;
            if (Markup.Strip(line).Length == 0)
            {
                state.PreviousWasRow = false;
                continue;
            }
            // Headings may come as text or, in HTML conversions, as a row of their own ("<b>Biểu 1</b>\t\t\t").
            if (!line.Contains('\t') || BieuHeading().IsMatch(Markup.Strip(line.Split('\t')[0])))
            {
                ReadTextLine(line, state, rows);
                continue;
            }
            var cells = line.Split('\t').Select(Markup.Strip).ToArray();
            if (cells[0] == "STT")
            {
                ReadHeader(cells, state);
                continue;
            }
            if (!state.InTable || IsSecondHeaderRow(cells))
                continue;
            ReadRow(cells, lineNumber, state, rows);
        }
        if (!state.SawTable)
            throw new SourceFormatException(sourceName, 1, "no appendix table (STT · Chỉ tiêu thống kê) found");
        return new ExtractedAppendix(state.Variant ?? Province, rows);
    }

    private static void ReadTextLine(string line, TableState state, List<SourceRow> rows)
    {
        var plain = Markup.Strip(line);
        if (BieuHeading().IsMatch(plain))
        {
            state.SawBieuHeading = true;
            state.InTable = false;
        }
        else if (state.InTable && state.PreviousWasRow && rows.Count > 0)
        {
            // A label that wrapped onto its own line in the conversion.
            rows[^1] = rows[^1] with { Label = rows[^1].Label + " " + plain };
            return;
        }
        else
        {
            state.InTable = false;
        }
        state.PreviousWasRow = false;
    }

    private static void ReadHeader(string[] cells, TableState state)
    {
        var header = string.Join(' ', cells);
        state.InTable = header.Contains("Chỉ tiêu thống kê", StringComparison.OrdinalIgnoreCase);
        if (!state.InTable)
            return;
        state.SawTable = true;
        // The department form heads its columns "Kết quả thống kê"; the province form has Biểu headings.
        state.Variant ??= header.Contains("Kết quả thống kê", StringComparison.OrdinalIgnoreCase) ? Department
            : state.SawBieuHeading ? Province : null;
        state.PreviousWasRow = false;
    }

    private static void ReadRow(string[] cells, int lineNumber, TableState state, List<SourceRow> rows)
    {
        var code = Cell(cells, 0);
        if (RomanSection().IsMatch(code))
        {
            state.Variant ??= Province;
            state.Section = code.TrimEnd('.');
        }
        else if (state.Variant == Department && DepartmentSection().IsMatch(code))
        {
            state.Section = code.TrimEnd('.');
        }
        // "Trong đó" (sometimes "Tron g đó") introduces parts printed without a code of their own.
        if (code.Replace(" ", "").StartsWith("Trongđó", StringComparison.OrdinalIgnoreCase))
            code = "";
        var label = Cell(cells, 1);
        var unitOfMeasure = Cell(cells, 2);
        var value = Cell(cells, 3);
        var note = Cell(cells, 4);
        state.PreviousWasRow = true;
        if (code.Length == 0 && label.Length == 0)
            return;
        // Section and heading rows are sent too: the server needs them to place repeated blocks
        // (Biểu 4 numbers both staffing blocks 2.1–2.5) and stores nothing for them.
        rows.Add(new SourceRow(lineNumber, "", "", code, value, note, label, state.Section, unitOfMeasure));
    }

    private static bool IsSecondHeaderRow(string[] cells) =>
        Cell(cells, 0).Length == 0
        && cells.Where(c => c.Length > 0).All(c => c is "Số liệu" or "Ghi chú" or "Đơn vị tính" or "Kết quả thống kê");

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index] : "";

    [GeneratedRegex(@"^Biểu\s+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex BieuHeading();

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI|VII)\.$")]
    private static partial Regex RomanSection();

    [GeneratedRegex(@"^[1-7]\.$")]
    private static partial Regex DepartmentSection();

    private sealed class TableState
    {
        public bool InTable;
        public bool SawTable;
        public bool SawBieuHeading;
        public bool PreviousWasRow;
        public string? Variant;
        public string Section = "";
    }
}
