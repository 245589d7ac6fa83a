namespace CchcGrpc.Tests.Imports.HandMade;

/// <summary>
/// A report text written by hand in a layout the seed generator does not make, with what each of its
/// table rows means, decided by reading it: the catalog indicator whose meaning the row has; "" when
/// no indicator means it; "?" when the row itself cannot tell between indicators (it must not be
/// stored). Flagged rows mean an indicator the unit's level does not have (it must be refused).
/// </summary>
public sealed class HandMadeReport(string fileName, string unit, string period)
{
    public const string NoIndicator = "";
    public const string Undecidable = "?";

    private readonly List<string> _lines = [];
    private readonly Dictionary<int, (string Meaning, string Raw, bool Flagged)> _rows = [];

    public string FileName { get; } = fileName;

    public string Unit { get; } = unit;

    public string Period { get; } = period;

    public string Text => string.Join('\n', _lines) + "\n";

    /// <summary>Each table row by line: its meaning, the value as printed, and whether the level cannot have it.</summary>
    public IReadOnlyDictionary<int, (string Meaning, string Raw, bool Flagged)> Rows => _rows;

    /// <summary>Lines that are no table row: headings, titles, headers, stray lines.</summary>
    public HandMadeReport Lines(params string[] lines)
    {
        _lines.AddRange(lines);
        return this;
    }

    public HandMadeReport Row(string meaning, string raw, string line, bool flagged = false)
    {
        _lines.Add(line);
        _rows[_lines.Count] = (meaning, raw, flagged);
        return this;
    }

    public override string ToString() => FileName;
}
