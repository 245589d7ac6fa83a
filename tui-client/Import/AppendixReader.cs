namespace CchcGrpc.Client.Import;

/// <summary>
/// Finds the statistical tables in a whole report text, whatever its layout, and reads their rows
/// as printed, line by line (nothing but the row being read is held). A table starts at a header row
/// (STT · Chỉ tiêu …, one or two rows, see <see cref="AppendixColumns"/>) and is titled by the heading
/// and title lines above it ("Phụ lục 1" / "Biểu 1", "THỐNG KÊ …"); it goes on across page breaks,
/// where stray lines and a repeated header stand between its parts, until the next heading. A row
/// continued on the next line (a wrapped label, a choice's options one per line with the value on
/// the chosen one's line) is one row. Codes are sent exactly as printed ("2.1.", "Trong đó", "-"):
/// the server reads the outline and maps rows by meaning. Cells are separated by tabs, or by pipes in
/// a markdown table (<see cref="PipeRow"/>).
/// </summary>
public sealed class AppendixReader(string sourceName)
{
    // Title lines kept for a table; more than this is narrative, not a title.
    private const int MaxTitleLines = 6;

    private readonly List<string> _title = [];
    private readonly List<string> _tables = [];
    private string _table = "";
    private AppendixColumns? _columns;
    private bool _headerJustRead;
    private bool _headingPending;
    private bool _broken;
    private bool _blankSinceRow;
    private PendingRow? _pending;

    /// <summary>The title of every table found so far, in order.</summary>
    public IReadOnlyList<string> Tables => _tables;

    public IEnumerable<SourceRow> Read(IEnumerable<string> lines)
    {
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = number == 1 ? raw.TrimStart('\uFEFF') : raw;
            foreach (var row in ReadLine(line.TrimEnd('\r'), number))
            {
                yield return row;
            }
        }
        if (Flush() is { } last)
        {
            yield return last;
        }
        if (_tables.Count == 0)
        {
            throw new SourceFormatException(sourceName, 1, "no appendix table (a header row STT · Chỉ tiêu …) found");
        }
    }

    private IEnumerable<SourceRow> ReadLine(string line, int number)
    {
        var piped = PipeRow.Cells(line);
        if (piped is not null && PipeRow.IsRule(piped))
        {
            yield break;
        }
        var cells = (piped ?? line.Split('\t')).Select(Markup.Strip).ToArray();
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count == 0)
        {
            _blankSinceRow = true;
            yield break;
        }
        // A line of text, or a row with only its first cell (HTML conversions put headings in one).
        var text = cells.Length == 1 || filled.Count == 1 && cells[0].Length > 0 && (_columns is null || _headingPending || TableLines.IsHeading(cells[0])) ? filled[0] : null;
        if (text is not null && TableLines.IsHeading(text))
        {
            if (Flush() is { } done) yield return done;
            (_columns, _headingPending, _broken) = (null, true, false);
            _title.Clear();
            _title.Add(TableLines.Unglued(text));
            yield break;
        }
        if (text is null && AppendixColumns.FromHeader(cells) is { } header)
        {
            if (Flush() is { } done) yield return done;
            StartTable(header);
            yield break;
        }
        if (text is not null)
        {
            ReadText(text);
            yield break;
        }
        if (_columns is null)
        {
            yield break;
        }
        if (_headerJustRead && _columns.WithSecondRow(cells) is { } refined)
        {
            (_columns, _headerJustRead) = (refined, false);
            yield break;
        }
        _headerJustRead = false;
        if (AppendixColumns.IsColumnNumbers(cells))
        {
            yield break;
        }
        if (ReadCells(cells, number) is { } finished)
        {
            yield return finished;
        }
    }

    private void StartTable(AppendixColumns header)
    {
        // A header with no heading since the last table is that table's header repeated on a new page.
        if (_headingPending || _tables.Count == 0)
        {
            _table = string.Join(' ', _title).Trim();
            _tables.Add(_table);
        }
        (_columns, _headerJustRead, _headingPending, _broken, _blankSinceRow) = (header, true, false, false, false);
        _title.Clear();
    }

    private void ReadText(string text)
    {
        if (_pending is not null && !_blankSinceRow && !TableLines.LooksStray(text))
        {
            // A label that wrapped onto a line of its own in the conversion.
            _pending.AppendLabel(text);
            return;
        }
        if (_columns is not null)
        {
            // Between two pages of a table: an office's name, a page number, a signature block.
            _broken = true;
            _blankSinceRow = true;
        }
        if (_title.Count >= MaxTitleLines)
        {
            _title.RemoveAt(0);
        }
        _title.Add(text);
    }

    private SourceRow? ReadCells(string[] cells, int number)
    {
        string Cell(int index) => AppendixColumns.Cell(cells, index);
        var (code, label, unit, value, note) = (Cell(_columns!.Code), Cell(_columns.Label), Cell(_columns.Unit), Cell(_columns.Value), Cell(_columns.Note));
        if (_pending is not null && !_blankSinceRow && code.Length == 0 && _pending.TryContinue(label, unit, value, note))
        {
            return null;
        }
        if (_broken && !TableLines.CouldBeCode(code))
        {
            // After a page break only a row that reads as a table row takes the table up again.
            return null;
        }
        var finished = Flush();
        _pending = new PendingRow(number, code, label, unit, value, note, _table);
        (_blankSinceRow, _broken) = (false, false);
        return finished;
    }

    private SourceRow? Flush()
    {
        var row = _pending?.ToRow();
        _pending = null;
        return row;
    }
}
