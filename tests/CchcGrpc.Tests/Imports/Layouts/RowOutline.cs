using System.Text.RegularExpressions;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>The depth of each row of a seed table by its printed code, and which rows are field headings.</summary>
public static partial class RowOutline
{
    private static readonly HashSet<string> FieldTitles =
        [.. CatalogLoader.Current.Fields.SelectMany(f => f.Titles.Values.Append(f.Name)).Select(LabelText.Fold)];

    [GeneratedRegex(@"^\d+(\.\d+)*\.?$")]
    private static partial Regex Arabic();

    public static bool IsSection(LayoutRow row) => !row.HasContent && FieldTitles.Contains(LabelText.Fold(row.Label));

    public static bool IsArabic(string code) => Arabic().IsMatch(code.Trim());

    public static string[] Segments(string code) => code.Trim().TrimEnd('.').Split('.');

    /// <summary>Depth per row: the number of code segments; a part without a code is one below the coded row above; a heading 0.</summary>
    public static int[] Depths(IReadOnlyList<LayoutRow> rows)
    {
        var depths = new int[rows.Count];
        var last = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            depths[i] = IsSection(rows[i]) ? 0 : IsArabic(rows[i].Code) ? Segments(rows[i].Code).Length : last + 1;
            if (IsSection(rows[i]) || IsArabic(rows[i].Code)) last = depths[i];
        }
        return depths;
    }

    /// <summary>The depth of a table's top groups: the smallest depth of a coded row that is no heading.</summary>
    public static int GroupDepth(IReadOnlyList<LayoutRow> rows, int[] depths) =>
        rows.Select((r, i) => (r, i)).Where(x => !IsSection(x.r) && IsArabic(x.r.Code)).Select(x => depths[x.i]).DefaultIfEmpty(1).Min();

    /// <summary>Rows right under row i whose code extends its own by one segment, when all are leaves; empty otherwise.</summary>
    public static IReadOnlyList<int> LeafParts(IReadOnlyList<LayoutRow> rows, int[] depths, int i)
    {
        var parts = new List<int>();
        for (var j = i + 1; j < rows.Count && depths[j] > depths[i]; j++)
        {
            if (depths[j] != depths[i] + 1 || !IsArabic(rows[j].Code) || j + 1 < rows.Count && depths[j + 1] > depths[j]) return [];
            parts.Add(j);
        }
        return parts.Count >= 2 ? parts : [];
    }
}
