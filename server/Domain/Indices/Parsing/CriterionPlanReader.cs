using System.Globalization;
using System.Text.RegularExpressions;
using CchcGrpc.Server.Domain.Plans.Parsing;

namespace CchcGrpc.Server.Domain.Indices.Parsing;

/// <summary>
/// Reads the criterion tables of a report on index improvement plans (seed 002): a section heading
/// naming the index (PAPI, PAR INDEX, PCI, SIPAS, DTI), then a tab-separated table of criterion code,
/// criterion, task and result. A row without a code adds a task to the criterion above. Across a
/// page break (an empty line, maybe the header again) a cell is split: a row whose criterion cell
/// is filled without a code, or whose task starts in lower case, or that has only a result, goes on
/// the row before; a 3-cell row after a break is its task and result. What was joined is noted;
/// a row that fits none of these is listed as unparsed.
/// </summary>
public static partial class CriterionPlanReader
{
    public static CriterionPlanReading Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var tables = new List<(IndexKind, int?, string, IReadOnlyList<CriterionEntry>)>();
        var notes = new List<ReadingNote>();
        var unparsed = new List<UnparsedLine>();
        (IndexKind Kind, int? Year, string Title)? section = null;
        List<Criterion>? criteria = null;
        var afterBreak = false;
        var threeCells = false;

        void Close()
        {
            if (section is { } s && criteria is { Count: > 0 })
            {
                tables.Add((s.Kind, s.Year, s.Title, [.. criteria.Select(c => new CriterionEntry(c.Code, c.Parent, c.Name, [.. c.Tasks.Select(t => new CriterionTask(t.Task, t.Result, t.Line))], c.Line))]));
            }
            criteria = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var raw = lines[i].TrimEnd('\r');
            if (raw.Trim().Length == 0)
            {
                afterBreak = criteria is not null;
                continue;
            }
            var cells = raw.Split('\t').Select(Clean).ToArray();
            if (cells.Length == 1)
            {
                // A line of prose: a section heading (maybe naming an index) ends any table.
                Close();
                if (IsHeading(cells[0]) && KindNamed(cells[0]) is { } kind)
                {
                    section = (kind, YearIn(cells[0]), cells[0]);
                }
                else if (IsHeading(cells[0]))
                {
                    section = null;
                }
                continue;
            }
            if (IsHeader(cells))
            {
                if (section is null)
                {
                    unparsed.Add(new UnparsedLine(number, raw.Trim(), new("Bảng tiêu chí không nằm dưới mục nào nêu tên chỉ số.", "A criteria table under no heading that names an index.")));
                    continue;
                }
                criteria ??= [];
                afterBreak = criteria.Count > 0;
                continue;
            }
            if (criteria is null)
            {
                continue;
            }
            // A page that lost its first column stays so until a full row comes.
            threeCells = cells.Length == 3 && (afterBreak || threeCells);
            if (threeCells)
            {
                cells = ["", "", cells[1], cells[2]];
                notes.Add(new ReadingNote(number, new($"Dòng {number}: 3 ô sau ngắt trang, đọc là nhiệm vụ và kết quả.", $"Line {number}: 3 cells after a page break, read as task and result.")));
            }
            if (cells.Length != 4)
            {
                unparsed.Add(new UnparsedLine(number, raw.Trim(), new($"Dòng có {cells.Length} ô; bảng có 4 (mã, tiêu chí, nhiệm vụ, kết quả).", $"A row of {cells.Length} cells; the table has 4 (code, criterion, task, result).")));
                continue;
            }
            var (code, name, task, result) = (cells[0], cells[1], cells[2], cells[3]);
            if (code.Length > 0)
            {
                var (own, parent) = CodeOf(code, criteria);
                var criterion = new Criterion(own, parent, name, number);
                if (task.Length > 0 || result.Length > 0)
                {
                    criterion.Tasks.Add(new TaskRow(task, result, number));
                }
                criteria.Add(criterion);
                afterBreak = false;
                continue;
            }
            if (criteria.Count == 0)
            {
                unparsed.Add(new UnparsedLine(number, raw.Trim(), new("Dòng không mã đứng trước mọi tiêu chí.", "A row without a code before any criterion.")));
                continue;
            }
            var last = criteria[^1];
            var continues = name.Length > 0 || (task.Length == 0 && result.Length > 0) || StartsLower(task);
            if (continues)
            {
                last.Name = Join(last.Name, name);
                if (last.Tasks.Count == 0)
                {
                    last.Tasks.Add(new TaskRow("", "", number));
                }
                var held = last.Tasks[^1];
                last.Tasks[^1] = held with { Task = Join(held.Task, task), Result = Join(held.Result, result) };
                notes.Add(new ReadingNote(number, new($"Dòng {number}: nối vào tiêu chí {last.Code} (ô bị ngắt trang).", $"Line {number}: joined to criterion {last.Code} (a cell split by a page break).")));
            }
            else if (task.Length > 0)
            {
                last.Tasks.Add(new TaskRow(task, result, number));
            }
            else
            {
                unparsed.Add(new UnparsedLine(number, raw.Trim(), new("Dòng trống ô nhiệm vụ và kết quả.", "A row with neither task nor result.")));
            }
            afterBreak = false;
        }
        Close();
        return new CriterionPlanReading(tables, notes, unparsed) { DocumentYear = TitleYearOf(lines) };
    }

    /// <summary>
    /// The year the report's title names ("Kết quả thực hiện công tác CCHC, PAPI, PAR INDEX năm 2020"): the title
    /// block is what comes before "Kính gửi" or the first numbered heading; a table whose heading names no year is of it.
    /// </summary>
    private static int? TitleYearOf(string[] lines)
    {
        foreach (var raw in lines)
        {
            var line = Clean(raw);
            if (line.StartsWith("Kính gửi", StringComparison.Ordinal) || IsHeading(line) || raw.Contains('\t', StringComparison.Ordinal))
            {
                break;
            }
            if (TitleYear().Match(line) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>"1.2.3" under "1.2"; "-" (a criterion the form does not number) under the last numbered one, as "2.-1".</summary>
    private static (string Code, string? Parent) CodeOf(string printed, List<Criterion> criteria)
    {
        if (printed == "-" || printed == "–")
        {
            var parent = criteria.LastOrDefault(c => !c.Code.Contains('-', StringComparison.Ordinal))?.Code;
            var n = 1;
            while (criteria.Any(c => c.Code == $"{parent}.-{n}"))
            {
                n++;
            }
            return ($"{parent}.-{n}", parent);
        }
        var code = printed.TrimEnd('.');
        for (var cut = code.LastIndexOf('.'); cut > 0; cut = code.LastIndexOf('.', cut - 1))
        {
            var prefix = code[..cut];
            if (criteria.Any(c => c.Code == prefix))
            {
                return (code, prefix);
            }
        }
        return (code, null);
    }

    private static IndexKind? KindNamed(string heading)
    {
        var upper = heading.ToUpperInvariant();
        return upper.Contains("PAR INDEX", StringComparison.Ordinal) || upper.Contains("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH", StringComparison.Ordinal) ? IndexKind.ParIndex
            : upper.Contains("PAPI", StringComparison.Ordinal) ? IndexKind.Papi
            : upper.Contains("SIPAS", StringComparison.Ordinal) ? IndexKind.Sipas
            : upper.Contains("PCI", StringComparison.Ordinal) ? IndexKind.Pci
            : upper.Contains("DTI", StringComparison.Ordinal) ? IndexKind.Dti
            : null;
    }

    private static bool IsHeading(string line) => RomanHeading().IsMatch(line);

    private static bool IsHeader(string[] cells) =>
        cells.Any(c => c == "Kết quả") && cells.Any(c => c.StartsWith("Chỉ số", StringComparison.Ordinal) || c.Contains("Tiêu chí", StringComparison.Ordinal));

    private static int? YearIn(string heading) =>
        HeadingYear().Matches(heading) is { Count: > 0 } m ? int.Parse(m[^1].Groups[1].Value, CultureInfo.InvariantCulture) : null;

    private static bool StartsLower(string text) => text.FirstOrDefault(char.IsLetter) is var c && c != default && char.IsLower(c);

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a} {b}";

    private static string Clean(string cell) => WhiteSpace().Replace(Tags().Replace(cell, " "), " ").Trim();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^[IVX]+\.\s")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"năm\s+(\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingYear();

    [GeneratedRegex(@"năm\s+(\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleYear();

    private sealed class Criterion(string code, string? parent, string name, int line)
    {
        public string Code { get; } = code;

        public string? Parent { get; } = parent;

        public string Name { get; set; } = name;

        public int Line { get; } = line;

        public List<TaskRow> Tasks { get; } = [];
    }

    private sealed record TaskRow(string Task, string Result, int Line);
}
