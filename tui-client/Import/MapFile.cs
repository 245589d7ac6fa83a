using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cchc.V1;

namespace CchcGrpc.Client.Import;

/// <summary>
/// The map file of `cchc import --map FILE`: which indicator printed rows are, for forms the server
/// cannot read alone. Tab-separated, one rule per line: field (I–VII), parent (the label of the row
/// it is under), code, label, indicator (a catalog id, "-" for no indicator, "?" undecided: ignored).
/// Empty keys match any row; lines starting with # are comments. `--dry-run --write-map FILE` writes
/// one from how the server mapped every row, as a starting point.
/// </summary>
public static class MapFile
{
    public const string Undecided = "?";

    private static readonly string[] Columns = ["field", "parent", "code", "label", "indicator"];

    public static (IReadOnlyList<ImportMapRule> Rules, string Hash) Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceFormatException(path, 0, e.Message);
        }
        var rules = new List<ImportMapRule>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != Columns.Length)
                throw new SourceFormatException(path, i + 1, $"{cells.Length} columns; a rule has {Columns.Length}: {string.Join(", ", Columns)} (tab-separated)");
            if (cells.Select(c => c.Trim().ToLowerInvariant()).SequenceEqual(Columns))
            {
                continue;
            }
            var indicator = cells[4].Trim();
            if (indicator.Length == 0)
                throw new SourceFormatException(path, i + 1, "no indicator: give a catalog id, - (not an indicator) or ? (undecided)");
            if (indicator == Undecided)
            {
                continue;
            }
            if (cells.Take(4).All(c => c.Trim().Length == 0))
                throw new SourceFormatException(path, i + 1, "a rule needs at least one of field, parent, code, label");
            rules.Add(new ImportMapRule
            {
                Field = cells[0].Trim(), ParentLabel = cells[1].Trim(), Code = cells[2].Trim(), Label = cells[3].Trim(), IndicatorId = indicator, SourceLine = i + 1,
            });
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rules.Select(r => $"{r.Field}\t{r.ParentLabel}\t{r.Code}\t{r.Label}\t{r.IndicatorId}")))))[..16];
        return (rules, hash);
    }

    /// <summary>
    /// A map file from how the server mapped each printed row: one rule per row (field, code, label, and
    /// the parent where rows alike would otherwise be told apart by nothing), "?" with the closest
    /// candidates as a comment for a row it could not map.
    /// </summary>
    public static string Write(IEnumerable<RowMapping> mappings, SourceLines lines)
    {
        var rows = mappings.Where(m => m.How is not (RowMapping.Types.How.Section or RowMapping.Types.How.Ignored or RowMapping.Types.How.Id)).ToList();
        // Rows whose field, code and label are the same (Biểu 4 prints its 2.1–2.5 twice) keep their parent's label.
        var needParent = rows.GroupBy(Key).Where(g => g.Select(m => m.IndicatorId).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        var text = new StringBuilder();
        text.Append("# cchc import --map: một quy tắc mỗi dòng / one rule per line (tab-separated).\n");
        text.Append("# indicator: mã chỉ tiêu / catalog id; - = không phải chỉ tiêu / not an indicator; ? = chưa quyết định / undecided (ignored).\n");
        text.Append(string.Join('\t', Columns)).Append('\n');
        foreach (var row in rows)
        {
            var at = lines.Resolve(row.SourceLine);
            if (row.IndicatorId.Length == 0)
            {
                var candidates = string.Join("; ", row.Candidates.Select(c => $"{c.IndicatorId} {c.Score.ToString("0.00", CultureInfo.InvariantCulture)} {c.Name}"));
                text.Append($"# {at.File}:{at.Line}: {(row.How == RowMapping.Types.How.Ambiguous ? "ambiguous" : "unmapped")}{(candidates.Length > 0 ? " — " + candidates : "")}\n");
            }
            var parent = needParent.Contains(Key(row)) ? row.ParentLabel : "";
            text.Append($"{row.Field}\t{Cell(parent)}\t{Cell(row.SourceCode)}\t{Cell(row.SourceLabel)}\t{(row.IndicatorId.Length > 0 ? row.IndicatorId : Undecided)}\n");
        }
        return text.ToString();
    }

    private static string Key(RowMapping row) => $"{row.Field}\t{row.SourceCode.Trim().TrimEnd('.')}\t{AppendixColumns.Fold(row.SourceLabel)}";

    private static string Cell(string text) => text.Replace('\t', ' ').Replace("\r", "").Replace('\n', ' ').Trim();
}
