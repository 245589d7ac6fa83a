using System.Text;
using Cchc.V1;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Client.Export;

/// <summary>
/// Writes values in the layout of the province appendix (Biểu 1–7: STT, Chỉ tiêu thống kê,
/// Đơn vị tính, Số liệu, Ghi chú; tab-separated, top-level rows in bold), with the catalog's
/// names, codes and units, so it can be pasted into a report or imported again. Only rows the
/// province form carries and the unit's level reports are written: any other row would come back
/// from an import as unmapped or as not applying to the unit.
/// </summary>
public static class AppendixWriter
{
    private static readonly (string Field, string Title)[] Fields =
    [
        ("I", "Công tác chỉ đạo điều hành CCHC"),
        ("II", "Cải cách thể chế"),
        ("III", "Cải cách thủ tục hành chính"),
        ("IV", "Cải cách tổ chức bộ máy"),
        ("V", "Cải cách chế độ công vụ"),
        ("VI", "Cải cách tài chính công"),
        ("VII", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"),
    ];

    public const string Variant = "province";

    /// <param name="values">Exported rows keyed by catalog id (indicator); rows of other ids are ignored.</param>
    /// <param name="level">The unit's level; rows of indicators other levels report are left out (unspecified: none are).</param>
    public static string Write(string heading, IEnumerable<Indicator> catalog, IReadOnlyDictionary<string, SourceRow> values, UnitLevel level = UnitLevel.Unspecified)
    {
        var text = new StringBuilder();
        text.Append("**").Append(heading).Append("**\n\n");
        var indicators = catalog.Where(i => i.Code.Length > 0 && i.VariantCodes.ContainsKey(Variant)
                                            && (level == UnitLevel.Unspecified || i.Levels.Count == 0 || i.Levels.Contains(level))).ToList();
        for (var n = 0; n < Fields.Length; n++)
        {
            var (field, title) = Fields[n];
            text.Append($"**Biểu {n + 1}**\n**{title}**\n\n");
            text.Append("STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú\n");
            text.Append($"<b>{field}.</b>\t<b>{title}</b>\t\t\t\n");
            foreach (var indicator in indicators.Where(i => i.Field == field))
            {
                values.TryGetValue(indicator.Id, out var row);
                // The code as the form prints it: Biểu 4 numbers the public-employee block 2.x again, and the wording tells it apart.
                var printed = indicator.VariantCodes[Variant];
                var code = indicator.ParentId.Length == 0 && printed.Length > 0 ? $"<b>{printed}</b>" : printed;
                var name = indicator.ParentId.Length == 0 ? $"<b>{Cell(indicator.Name)}</b>" : Cell(indicator.Name);
                text.Append($"{code}\t{name}\t{Cell(indicator.UnitOfMeasure)}\t{Cell(row?.RawValue ?? "")}\t{Cell(row?.Note ?? "")}\n");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    // A cell cannot hold the table's own separators.
    /// <summary>A value as one tab-separated cell: tabs and line breaks would start another cell or row.</summary>
    internal static string Cell(string text) => text.Replace('\t', ' ').Replace("\r", "").Replace('\n', ' ');
}
