using System.Globalization;
using System.Text.RegularExpressions;
using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Domain.Plans.Parsing;

/// <summary>
/// Reads a Kế hoạch CCHC as its text stands (seed 003): the decision (number, date, signer), the
/// theme (CHỦ ĐỀ) and the appendix table (PHỤ LỤC). The appendix comes flattened one cell per line:
/// rows are separated by empty lines, a row's first cell is its number ("LĨNH VỰC II",
/// "Nhiệm vụ 3", "Hoạt động 3.1") and a merged cell is repeated across the columns it spans.
/// An activity row has eight cells after its number: content, requirement, product, lead,
/// cooperating, start, end and note (often a lone space). A row that does not have that shape is
/// not guessed at: its lines are listed as unparsed, each with its number and the reason. What the
/// reader infers (a task or field heading missing from the text) is listed as a note.
/// </summary>
public static partial class PlanDocumentReader
{
    private const int ActivityCells = 8;

    public static PlanReading Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var notes = new List<ReadingNote>();
        var unparsed = new List<UnparsedLine>();
        var appendixAt = Array.FindIndex(lines, l => Clean(l) == "PHỤ LỤC");
        var header = appendixAt < 0 ? lines : lines[..appendixAt];
        var year = ReadYear(header);
        var decision = ReadDecision(lines);
        var theme = header.Select(Clean).FirstOrDefault(l => l.StartsWith("CHỦ ĐỀ:", StringComparison.Ordinal)) is { } t ? t["CHỦ ĐỀ:".Length..].Trim() : "";
        if (appendixAt < 0)
        {
            notes.Add(new ReadingNote(0, new("Không thấy PHỤ LỤC: văn bản không có bảng nhiệm vụ.", "No PHỤ LỤC: the document has no table of tasks.")));
            return new PlanReading(year, decision, theme, [], notes, unparsed);
        }

        var builder = new TreeBuilder(FieldTitlesFromBody(header), notes, unparsed);
        var first = appendixAt + 1;
        // The appendix's own title lines stand flush left; table cells are indented.
        while (first < lines.Length && lines[first].Length > 0 && !char.IsWhiteSpace(lines[first][0]))
        {
            first++;
        }
        builder.FirstPrintedField = FirstPrintedField(lines, first);
        var block = new List<(int Line, string Cell)>();
        for (var i = first; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].TrimEnd('\r').Length == 0)
            {
                if (block.Count > 0)
                {
                    foreach (var segment in Segments(block))
                    {
                        builder.Add(segment);
                    }
                    block.Clear();
                }
                continue;
            }
            block.Add((i + 1, Clean(lines[i])));
        }
        return new PlanReading(year, decision, theme, builder.Finish(), notes, unparsed);
    }

    /// <summary>Splits a block at every numbered cell: a page break can glue rows together, and their numbers still tell them apart.</summary>
    private static IEnumerable<List<(int Line, string Cell)>> Segments(List<(int Line, string Cell)> block)
    {
        var current = new List<(int, string)>();
        foreach (var cell in block)
        {
            if (current.Count > 0 && IsLabel(cell.Cell))
            {
                yield return current;
                current = [];
            }
            current.Add(cell);
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static bool IsLabel(string cell) => FieldLabel().IsMatch(cell) || TaskLabel().IsMatch(cell) || ActivityLabel().IsMatch(cell);

    private static string? FirstPrintedField(string[] lines, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (FieldLabel().Match(Clean(lines[i])) is { Success: true } m)
            {
                return m.Groups[1].Value;
            }
        }
        return null;
    }

    /// <summary>Field titles as the body lists them under "NHIỆM VỤ TRỌNG TÂM" ("1. Công tác chỉ đạo, điều hành" is field I).</summary>
    private static Dictionary<string, string> FieldTitlesFromBody(string[] header)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = Array.FindIndex(header, l => Clean(l).Contains("NHIỆM VỤ TRỌNG TÂM", StringComparison.Ordinal));
        if (start < 0)
        {
            return titles;
        }
        for (var i = start + 1; i < header.Length; i++)
        {
            var line = Clean(header[i]);
            if (RomanHeading().IsMatch(line))
            {
                break;
            }
            if (NumberedHeading().Match(line) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 7 and var n)
            {
                titles.TryAdd(Roman(n), m.Groups[2].Value.Trim());
            }
        }
        return titles;
    }

    private static int? ReadYear(string[] header)
    {
        foreach (var raw in header)
        {
            var line = Clean(raw);
            if (line.Contains("CẢI CÁCH HÀNH CHÍNH", StringComparison.Ordinal) && TitleYear().Match(line) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static PlanDecision ReadDecision(string[] lines)
    {
        var number = "";
        DateOnly? date = null;
        foreach (var raw in lines)
        {
            // The plan's own decision is the one it is attached to ("Kèm theo Quyết định số …"), not those it cites.
            if (Clean(raw).Contains("Kèm theo", StringComparison.Ordinal) && DecisionPattern().Match(Clean(raw)) is { Success: true } m)
            {
                number = m.Groups[1].Value;
                var (d, mo, y) = (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture));
                date = mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
                break;
            }
        }
        var signerTitle = "";
        var signer = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line is "CHỦ TỊCH" or "PHÓ CHỦ TỊCH" or "KT. CHỦ TỊCH")
            {
                signerTitle = line == "KT. CHỦ TỊCH" && i + 1 < lines.Length ? Clean(lines[i + 1]) : line;
                for (var j = i + 1; j < lines.Length && j < i + 12; j++)
                {
                    var candidate = Clean(lines[j]);
                    if (candidate.Length > 0 && candidate != signerTitle && !candidate.Any(char.IsDigit) && candidate.Any(char.IsLower))
                    {
                        signer = candidate;
                        break;
                    }
                }
                break;
            }
        }
        return new PlanDecision(number, date, signerTitle, signer);
    }

    /// <summary>Trims spaces, tabs and no-break spaces; a cell of a lone space is empty.</summary>
    private static string Clean(string line) => line.Trim().Trim('\u00a0', '\ufeff').Trim();

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", _ => n.ToString(CultureInfo.InvariantCulture) };

    private static int FromRoman(string roman) => roman switch { "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6, "VII" => 7, _ => 0 };

    [GeneratedRegex(@"^LĨNH VỰC\s+([IVX]+)$")]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^Nhiệm vụ\s+(\d+)$")]
    private static partial Regex TaskLabel();

    [GeneratedRegex(@"^Hoạt động\s+(\d+(?:\.\d+)*)$")]
    private static partial Regex ActivityLabel();

    [GeneratedRegex(@"^(?:[IVX]+)\.\s")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(\d)\.\s+(.+)$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"NĂM\s+(\d{4})$")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"Quyết định số:?\s*([0-9]+/[^\s]+)\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")]
    private static partial Regex DecisionPattern();

    /// <summary>Builds the field → task → activity tree from the rows in document order.</summary>
    private sealed class TreeBuilder(Dictionary<string, string> bodyTitles, List<ReadingNote> notes, List<UnparsedLine> unparsed)
    {
        private readonly List<(string Roman, string Title, bool Inferred, List<(string Number, string Title, bool Inferred, List<PlanActivity> Activities)> Tasks)> _fields = [];
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private (int Line, string Title, List<(int Line, string Cell)> Cells)? _unnumberedTask;

        public string? FirstPrintedField { get; set; }

        public void Add(List<(int Line, string Cell)> segment)
        {
            var (line, label) = segment[0];
            var rest = segment.Skip(1).ToList();
            if (FieldLabel().Match(label) is { Success: true } field)
            {
                var title = MergedTitle(rest, $"lĩnh vực {field.Groups[1].Value}", $"field {field.Groups[1].Value}");
                if (title is null)
                {
                    Reject(segment, new("Dòng lĩnh vực không có tên.", "A field row without its title."));
                    return;
                }
                _fields.Add((field.Groups[1].Value, title, false, []));
                return;
            }
            if (TaskLabel().Match(label) is { Success: true } task)
            {
                var title = MergedTitle(rest, $"nhiệm vụ {task.Groups[1].Value}", $"task {task.Groups[1].Value}");
                if (title is null)
                {
                    Reject(segment, new("Dòng nhiệm vụ không có tên.", "A task row without its title."));
                    return;
                }
                OpenTask(line, task.Groups[1].Value, title, inferred: false);
                return;
            }
            if (ActivityLabel().Match(label) is { Success: true } activity)
            {
                AddActivity(line, activity.Groups[1].Value, rest, segment);
                return;
            }
            // No number: a merged row (all cells alike) is a heading whose number cell the text lost.
            if (segment.Count >= 2 && segment.All(c => c.Cell == segment[0].Cell) && segment[0].Cell.Length > 0)
            {
                if (_unnumberedTask is { } earlier)
                {
                    Reject(earlier.Cells, new("Dòng tiêu đề không có số, không có hoạt động nào theo sau.", "A heading row without a number and no activity after it."));
                }
                _unnumberedTask = (line, segment[0].Cell, segment);
                return;
            }
            Reject(segment, new("Dòng không có số thứ tự (Lĩnh vực / Nhiệm vụ / Hoạt động) và không phải ô gộp: không biết thuộc cột nào.",
                "A row without its number (field / task / activity) that is not a merged cell: its columns cannot be told."));
        }

        public List<PlanField> Finish()
        {
            if (_unnumberedTask is { } pending)
            {
                Reject(pending.Cells, new("Dòng tiêu đề không có số, không có hoạt động nào theo sau.", "A heading row without a number and no activity after it."));
            }
            return [.. _fields.Select(f => new PlanField(f.Roman, f.Title,
                [.. f.Tasks.Select(t => new PlanTask(f.Roman, t.Number, t.Title, t.Activities, t.Inferred))], f.Inferred))];
        }

        private void AddActivity(int line, string number, List<(int Line, string Cell)> cells, List<(int Line, string Cell)> segment)
        {
            if (cells.Count != ActivityCells)
            {
                Reject(segment, new($"Hoạt động {number} có {cells.Count} ô thay vì {ActivityCells} (nội dung, yêu cầu, sản phẩm, chủ trì, phối hợp, bắt đầu, kết thúc, ghi chú): văn bản mất ô, không đoán cột.",
                    $"Activity {number} has {cells.Count} cells instead of {ActivityCells} (content, requirement, product, lead, cooperating, start, end, note): cells are missing from the text; columns are not guessed."));
                return;
            }
            var taskNumber = number.Split('.')[0];
            if (!IsTiming(cells[5].Cell) || !IsTiming(cells[6].Cell))
            {
                Reject(segment, new($"Hoạt động {number}: ô bắt đầu/kết thúc (\"{cells[5].Cell}\", \"{cells[6].Cell}\") không phải thời gian: các ô đã lệch cột, không đoán.",
                    $"Activity {number}: the start/end cells (\"{cells[5].Cell}\", \"{cells[6].Cell}\") are not times: the cells are shifted; not guessed."));
                return;
            }
            if (_unnumberedTask is { } pending)
            {
                OpenTask(pending.Line, taskNumber, pending.Title, inferred: true);
                notes.Add(new ReadingNote(pending.Line, new(
                    $"Dòng {pending.Line}: nhiệm vụ \"{pending.Title}\" không in số; lấy số {taskNumber} từ hoạt động {number} ngay sau.",
                    $"Line {pending.Line}: task \"{pending.Title}\" has no printed number; number {taskNumber} taken from activity {number} right after it.")));
                _unnumberedTask = null;
            }
            if (_fields.Count == 0 || _fields[^1].Tasks.Count == 0)
            {
                Reject(segment, new("Hoạt động đứng trước mọi nhiệm vụ.", "An activity before any task."));
                return;
            }
            var (roman, _, _, tasks) = _fields[^1];
            var current = tasks[^1];
            if (current.Number != taskNumber)
            {
                // Numbered per task: 2.4 under task 1 means the rows between are lost, and so may be its task and field.
                Reject(segment, new($"Hoạt động {number} đứng dưới nhiệm vụ {current.Number}: dòng nhiệm vụ của nó không có trong văn bản.",
                    $"Activity {number} stands under task {current.Number}: its own task row is not in the text."));
                return;
            }
            var key = $"{roman}.{number}";
            if (!_keys.Add(key))
            {
                var n = 2;
                while (!_keys.Add($"{key}#{n}"))
                {
                    n++;
                }
                notes.Add(new ReadingNote(line, new(
                    $"Dòng {line}: số hoạt động {number} của lĩnh vực {roman} in hai lần; hoạt động này được giữ với mã {key}#{n}.",
                    $"Line {line}: activity number {number} of field {roman} is printed twice; this one is kept as {key}#{n}.")));
                key = $"{key}#{n}";
            }
            current.Activities.Add(new PlanActivity(key, roman, current.Number, number, cells[0].Cell, cells[1].Cell, cells[2].Cell,
                [.. PartyResolver.Split(cells[3].Cell).Select(ResponsibleParty.Printed)],
                [.. PartyResolver.Split(cells[4].Cell).Select(ResponsibleParty.Printed)],
                PlanTiming.Read(cells[5].Cell), PlanTiming.Read(cells[6].Cell), cells[7].Cell, line));
        }

        /// <summary>A start or end cell: a month, empty, or words that name a time ("Thường xuyên", "Theo quy định …", "Sau khi …").</summary>
        private static bool IsTiming(string cell) =>
            cell.Length == 0 || PlanTiming.Read(cell).Month is not null
            || TimingWords.Any(w => cell.StartsWith(w, StringComparison.Ordinal));

        private static readonly string[] TimingWords = ["Thường xuyên", "Theo quy định", "Theo kế hoạch", "Sau khi", "Trước ", "Quý ", "Năm ", "Hằng ", "Hàng ", "Định kỳ", "Cả năm"];

        private void OpenTask(int line, string number, string title, bool inferred)
        {
            if (_fields.Count == 0)
            {
                // Rows before the first printed field: the table's start (its first field heading) is not in the text.
                var roman = FirstPrintedField is { } printed && FromRoman(printed) > 1 ? Roman(FromRoman(printed) - 1) : null;
                if (roman is null)
                {
                    notes.Add(new ReadingNote(line, new($"Dòng {line}: nhiệm vụ trước mọi lĩnh vực.", $"Line {line}: a task before any field.")));
                    roman = "?";
                }
                var fieldTitle = bodyTitles.GetValueOrDefault(roman, "");
                _fields.Add((roman, fieldTitle, true, []));
                notes.Add(new ReadingNote(line, new(
                    $"Dòng {line}: bảng bắt đầu giữa lĩnh vực; tiêu đề lĩnh vực không có trong văn bản, lấy lĩnh vực {roman} (ngay trước lĩnh vực {FirstPrintedField} in đầu tiên) với tên \"{fieldTitle}\" từ mục Nhiệm vụ trọng tâm.",
                    $"Line {line}: the table starts mid-field; its field heading is not in the text, taken as field {roman} (just before the first printed field {FirstPrintedField}), titled \"{fieldTitle}\" from the body's list of key tasks.")));
                if (number != "1")
                {
                    notes.Add(new ReadingNote(line, new(
                        $"Dòng {line}: lĩnh vực {roman} bắt đầu ở nhiệm vụ {number}; các nhiệm vụ trước đó không có trong văn bản.",
                        $"Line {line}: field {roman} starts at task {number}; the tasks before it are not in the text.")));
                }
            }
            _fields[^1].Tasks.Add((number, title, inferred, []));
        }

        private string? MergedTitle(List<(int Line, string Cell)> cells, string whatVi, string whatEn)
        {
            if (cells.Count == 0 || cells[0].Cell.Length == 0)
            {
                return null;
            }
            var title = cells[0].Cell;
            var odd = cells.Where(c => c.Cell != title).ToList();
            if (odd.Count > 0)
            {
                Reject(odd, new($"Ô khác tên {whatVi} trong dòng gộp.", $"A cell other than the {whatEn} title in a merged row."));
            }
            return title;
        }

        private void Reject(IEnumerable<(int Line, string Cell)> cells, LocalizedText reason) =>
            unparsed.AddRange(cells.Select(c => new UnparsedLine(c.Line, c.Cell, reason)));
    }
}
