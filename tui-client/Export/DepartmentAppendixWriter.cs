using System.Globalization;
using System.Text;
using Cchc.V1;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Client.Export;

/// <summary>
/// Writes values in the layout of the department (sở, ban, ngành) appendix: one table headed
/// STT · Chỉ tiêu thống kê · Kết quả thống kê (Đơn vị tính, Số liệu) · Ghi chú, sections 1.–7.,
/// rows numbered and ordered as that form numbers them ("1.2.1."), parts printed without a code
/// under a "Trong đó" row. Only indicators the department form carries are written, so the file
/// imports back as variant "department" row for row.
/// </summary>
public static class DepartmentAppendixWriter
{
    public const string Variant = "department";

    // Section titles as the department form prints them (field I–VII = section 1–7).
    private static readonly string[] Titles =
    [
        "Công tác chỉ đạo điều hành CCHC",
        "Cải cách thể chế",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Cải cách chế độ công vụ",
        "Cải cách tài chính công",
        "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    ];

    /// <param name="values">Exported rows keyed by catalog id (indicator); ids the form does not carry are ignored.</param>
    public static string Write(string heading, IEnumerable<Indicator> catalog, IReadOnlyDictionary<string, SourceRow> values)
    {
        var text = new StringBuilder();
        text.Append("**").Append(heading).Append("**\n\n");
        text.Append("STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú\n");
        text.Append("\t\tĐơn vị tính\tSố liệu\t\n");
        var section = 0;
        var afterCoded = false;
        foreach (var (indicator, code) in Layout(catalog))
        {
            var rowSection = code.Length > 0 ? int.Parse(code.Split('.')[0], CultureInfo.InvariantCulture) : section;
            if (rowSection != section)
            {
                section = rowSection;
                text.Append($"<b>{section}.</b>\t<b>{Titles[section - 1]}</b>\t\t\t\n");
            }
            // The form introduces uncoded parts with "Trong đó" on the first of them; the importer reads it as no code.
            var printed = code.Length > 0 ? code + "." : afterCoded ? "Trong đó" : "";
            afterCoded = code.Length > 0;
            values.TryGetValue(indicator.Id, out var row);
            text.Append($"{printed}\t{AppendixWriter.Cell(indicator.Name)}\t{AppendixWriter.Cell(UnitColumn(indicator))}\t{AppendixWriter.Cell(row?.RawValue ?? "")}\t{AppendixWriter.Cell(row?.Note ?? "")}\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The department form's rows in its order, each with its code ("1.2.1"), or "" for a part the
    /// form prints without one. The catalog gives each indicator the code the department form
    /// prints; where the 2022 form misnumbers a row (it repeats 1.1.1–1.1.4 under 1.2), the row is
    /// renumbered under the heading it belongs to, which the importer accepts as well.
    /// </summary>
    public static IReadOnlyList<(Indicator Indicator, string Code)> Layout(IEnumerable<Indicator> catalog)
    {
        var all = catalog.ToList();
        var byId = all.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var inForm = all.Where(i => i.VariantCodes.ContainsKey(Variant)
                                    && (i.Levels.Count == 0 || i.Levels.Contains(UnitLevel.Department))).ToList();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        string Code(Indicator indicator)
        {
            if (codes.TryGetValue(indicator.Id, out var known))
                return known;
            var printed = Printed(indicator);
            var heading = CodedAncestor(indicator, byId);
            string code;
            if (printed.Length == 0)
            {
                // A part without a code: numbered after its parent, in catalog order, only to sort it there.
                var parent = heading is null ? "" : Code(heading);
                var place = inForm.Where(i => Printed(i).Length == 0 && CodedAncestor(i, byId) == heading).ToList().IndexOf(indicator) + 1;
                code = $"{parent}.{place}";
            }
            else if (heading is not null && Code(heading) is var under
                     && Segments(printed).Length == Segments(under).Length + 1
                     && Segments(printed)[0] == Segments(under)[0]
                     && !printed.StartsWith(under + ".", StringComparison.Ordinal))
            {
                code = $"{under}.{Segments(printed)[^1]}";
            }
            else
            {
                code = printed;
            }
            codes[indicator.Id] = code;
            return code;
        }

        return inForm
            .Select(i => (Indicator: i, Sort: Code(i), Uncoded: Printed(i).Length == 0))
            .OrderBy(r => r.Sort, CodeOrder.Instance)
            .Select(r => (r.Indicator, r.Uncoded ? "" : r.Sort))
            .ToList();
    }

    // The form prints a choice's options where other rows have their unit ("Không = 0 Có = 1").
    private static string UnitColumn(Indicator indicator) =>
        indicator.UnitOfMeasure.Length > 0 || indicator.Options.Count == 0
            ? indicator.UnitOfMeasure
            : string.Join(" ", indicator.Options.OrderBy(o => int.TryParse(o.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
                .Select(o => $"{o.Value} = {o.Key}"));

    private static string Printed(Indicator indicator) => indicator.VariantCodes[Variant].Trim().TrimEnd('.');

    private static Indicator? CodedAncestor(Indicator indicator, Dictionary<string, Indicator> byId)
    {
        var parentId = indicator.ParentId;
        while (parentId.Length > 0 && byId.TryGetValue(parentId, out var parent))
        {
            if (parent.VariantCodes.TryGetValue(Variant, out var code) && code.Trim().Length > 0)
                return parent;
            parentId = parent.ParentId;
        }
        return null;
    }

    private static string[] Segments(string code) => code.Split('.');

    /// <summary>"1.2" before "1.10", a parent before its parts.</summary>
    private sealed class CodeOrder : IComparer<string>
    {
        public static readonly CodeOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").Split('.');
            var b = (y ?? "").Split('.');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var byNumber = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
                if (byNumber != 0)
                    return byNumber;
            }
            return a.Length.CompareTo(b.Length);
        }
    }
}
