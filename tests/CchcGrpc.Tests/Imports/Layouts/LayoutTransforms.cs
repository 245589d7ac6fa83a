using System.Globalization;
using System.Text;

namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>What a layout changes in the seed's tables before they are printed: their split and order, parts, codes, wording and cells.</summary>
public static class LayoutTransforms
{
    private static readonly (string Short, string Long)[] Abbreviations =
    [
        ("TTHC", "thủ tục hành chính"), ("VBQPPL", "văn bản quy phạm pháp luật"), ("UBND", "Ủy ban nhân dân"),
        ("ĐVSNCL", "đơn vị sự nghiệp công lập"), ("CCHC", "cải cách hành chính"), ("DVC", "dịch vụ công"),
    ];

    public static IReadOnlyList<LayoutTable> Apply(IReadOnlyList<LayoutTable> seed, Layout layout)
    {
        var random = new Random(layout.Seed);
        var tables = Split(seed, layout.Split);
        if (layout.ReorderTables)
        {
            tables = [.. tables.OrderBy(_ => random.Next())];
        }
        tables = [.. tables.Select(t => t with { Rows = Cells(Words(Codes(Parts(t.Rows, layout.Parts), layout.Numbering, random), layout.Wording), layout.CellQuirks, random) })];
        return layout.Foreign ? Foreign(tables, random) : tables;
    }

    // Each foreign row goes after a random row of a random table, carrying that row's code: a code a catalog indicator has.
    private static List<LayoutTable> Foreign(List<LayoutTable> tables, Random random)
    {
        var rows = tables.Select(t => t.Rows.ToList()).ToList();
        foreach (var (label, unit, value) in ForeignRows.All)
        {
            var table = rows[random.Next(rows.Count)];
            var at = random.Next(1, Math.Max(2, table.Count));
            var code = at - 1 < table.Count ? table[at - 1].Code : "";
            table.Insert(Math.Min(at, table.Count), new LayoutRow(ForeignRows.Origin, code, label, unit, value, ""));
        }
        return [.. tables.Select((t, i) => t with { Rows = rows[i] })];
    }

    private static List<LayoutTable> Split(IReadOnlyList<LayoutTable> tables, TableSplit split)
    {
        if (split == TableSplit.OneTable)
        {
            return [new LayoutTable("Thống kê số liệu báo cáo cải cách hành chính", [.. tables.SelectMany(t => t.Rows)])];
        }
        if (split != TableSplit.OnePerField)
        {
            return [.. tables];
        }
        // Each field heading starts a table titled by it; the heading row itself is left out.
        var result = new List<LayoutTable>();
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            if (RowOutline.IsSection(row)) result.Add(new LayoutTable(row.Label, new List<LayoutRow>()));
            else if (result.Count > 0) ((List<LayoutRow>)result[^1].Rows).Add(row);
        }
        return result;
    }

    private static List<LayoutRow> Parts(IReadOnlyList<LayoutRow> rows, PartStyle style)
    {
        var result = rows.ToList();
        if (style == PartStyle.AsPrinted)
        {
            return result;
        }
        var depths = RowOutline.Depths(rows);
        var inserted = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var parts = RowOutline.LeafParts(rows, depths, i);
            if (parts.Count == 0) continue;
            // Short labels only where they still tell the parts apart (as "Cấp tỉnh", "Cấp huyện" do); else the full ones.
            var shorts = parts.Select(p => Shorter(rows[p].Label, rows[i].Label)).ToList();
            var distinct = shorts.Select(w => string.Join(' ', w.ToLowerInvariant().Split(' ').Order())).Distinct().Count() == shorts.Count;
            if (style == PartStyle.ShortUnderChiaTheo)
            {
                result.Insert(parts[0] + inserted++, new LayoutRow(0, "", "Chia theo:", "", "", ""));
            }
            foreach (var (part, n) in parts.Select((p, n) => (p, n)))
            {
                var row = rows[part];
                result[part + inserted] = style switch
                {
                    PartStyle.TrongDo => row with { Code = n == 0 ? "Trong đó" : "" },
                    PartStyle.Bullets => row with { Code = "-" },
                    _ => row with { Code = "-", Label = distinct ? shorts[n] : row.Label },
                };
            }
        }
        return result;
    }

    // "Số TTHC cấp tỉnh (Bao gồm …)" under "Tổng số TTHC thuộc …" → "Cấp tỉnh": the part less the words it
    // opens with that repeat its whole, and less its asides.
    private static string Shorter(string part, string whole)
    {
        var wholeWords = whole.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', '(', ')').ToLowerInvariant()).ToHashSet();
        var own = System.Text.RegularExpressions.Regex.Replace(part, @"\([^)]*\)", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => wholeWords.Contains(w.Trim(',', '.').ToLowerInvariant())).ToList();
        return own.Count >= 2 && own.Count < part.Split(' ').Length ? char.ToUpper(own[0][0], CultureInfo.InvariantCulture) + string.Join(' ', own)[1..] : part;
    }

    private static List<LayoutRow> Codes(List<LayoutRow> rows, Numbering numbering, Random random)
    {
        var depths = RowOutline.Depths(rows);
        var group = RowOutline.GroupDepth(rows, depths);
        var counters = new int[12];
        var roman = 0;
        string previous = "";
        var result = new List<LayoutRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var coded = !RowOutline.IsSection(row) && RowOutline.IsArabic(row.Code);
            if (RowOutline.IsSection(row)) roman = 0;
            var code = numbering switch
            {
                _ when !coded => row.Code,
                Numbering.NoTrailingDots => row.Code.TrimEnd('.'),
                Numbering.RomanGroups => depths[i] == group ? Roman(++roman) + "." : string.Join('.', RowOutline.Segments(row.Code).Skip(group)),
                Numbering.OwnNumbering => Renumber(counters, depths[i], group),
                Numbering.SomeMissing => depths[i] > group && random.Next(3) == 0 ? "" : row.Code,
                Numbering.Dashes => depths[i] > group && (i + 1 == rows.Count || depths[i + 1] <= depths[i]) ? "-" : row.Code,
                Numbering.Repeated => previous.Length > 0 && random.Next(5) == 0 ? previous : row.Code,
                _ => row.Code,
            };
            if (coded) previous = row.Code;
            result.Add(row with { Code = code });
        }
        return result;
    }

    private static string Renumber(int[] counters, int depth, int group)
    {
        counters[depth]++;
        for (var d = depth + 1; d < counters.Length; d++) counters[d] = 0;
        return string.Join('.', counters.Skip(group).Take(depth - group + 1)) + ".";
    }

    private static string Roman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", _ => "X" + Roman(n - 10),
    };

    // Forms print their headings in capitals, not the rows that hold values.
    private static List<LayoutRow> Words(List<LayoutRow> rows, Wording wording) =>
        [.. rows.Select(r => r.Origin == 0 || r.Label.Length == 0 || wording == Wording.Uppercase && r.HasContent ? r : r with { Label = Reword(r.Label, wording) })];

    private static string Reword(string label, Wording wording) => wording switch
    {
        Wording.AbbreviationsSpelledOut => Abbreviations.Aggregate(label, (text, a) => text.Replace(a.Short, a.Long, StringComparison.Ordinal)),
        Wording.AbbreviationsUsed => Abbreviations.Aggregate(label, (text, a) => text.Replace(a.Long, a.Short, StringComparison.OrdinalIgnoreCase)),
        Wording.NoAccents => NoAccents(label),
        Wording.Truncated => label.Length > 60 ? label[..label.LastIndexOf(' ', 55)] : label,
        Wording.Uppercase => label.ToUpper(CultureInfo.GetCultureInfo("vi-VN")),
        _ => label,
    };

    private static string NoAccents(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    // Some counts written with words or as two numbers, as real reports do: the row must still land on its indicator.
    private static List<LayoutRow> Cells(List<LayoutRow> rows, bool quirks, Random random) =>
        !quirks ? rows : [.. rows.Select(r => r.Value.Length > 0 && r.Value.All(char.IsDigit) && random.Next(6) == 0
            ? r with { Value = random.Next(2) == 0 ? $"{r.Value}/1" : $"Đã thực hiện {r.Value}" }
            : r)];
}
