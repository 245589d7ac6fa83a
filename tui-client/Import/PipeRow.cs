using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Import;

/// <summary>
/// A row of a markdown pipe table (<c>| STT | Chỉ tiêu | Kết quả |</c>), as reports converted to
/// markdown or pasted from a viewer carry their tables: read as the cells a tab-separated row has.
/// </summary>
public static partial class PipeRow
{
    // The line under a pipe table's header: |---|:---:|---:|
    [GeneratedRegex(@"^:?-{3,}:?$")]
    private static partial Regex Rule();

    /// <summary>The cells of a pipe-table row ("\|" is a pipe inside a cell); null for any other line.</summary>
    public static string[]? Cells(string line)
    {
        var text = line.Trim();
        if (text.Length < 3 || text[0] != '|' || text.IndexOf('|', 1) < 0)
        {
            return null;
        }
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (text[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(text[i]);
            }
        }
        if (cell.ToString().Trim() is { Length: > 0 } last)
        {
            // A row whose closing pipe was left off.
            cells.Add(last);
        }
        return [.. cells];
    }

    /// <summary>The rule under a header (every cell dashes, with alignment colons): no row.</summary>
    public static bool IsRule(string[] cells) => cells.Length > 0 && cells.All(c => Rule().IsMatch(c.Replace(" ", "")));
}
