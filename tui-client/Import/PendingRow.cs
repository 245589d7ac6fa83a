namespace CchcGrpc.Client.Import;

/// <summary>
/// An appendix row being read, which the next lines may continue: the rest of a wrapped label (with
/// the unit and value when they are printed on the row's last line), or a choice's next option with
/// the value on the line of the option chosen (its code, or a cross).
/// </summary>
internal sealed class PendingRow(int line, string code, string label, string unit, string value, string note, string table)
{
    private string _label = label;
    private string _unit = unit;
    private string _value = value;
    private string _note = note;

    public void AppendLabel(string text) => _label = Join(_label, text);

    /// <summary>Takes a line without a code as part of this row when it reads as one; false when it is a row of its own.</summary>
    public bool TryContinue(string label, string unit, string value, string note)
    {
        var option = unit.Length > 0 && label.Length == 0 ? unit : label.Length > 0 && TableLines.IsOption(label) && unit.Length == 0 ? label : null;
        if (option is not null && (TableLines.IsOption(option) || _unit.Contains('=')))
        {
            _unit = Join(_unit, option);
            _value = value.Length == 0 ? _value : TableLines.IsMark(value) ? TableLines.SingleOptionCode(option) ?? value : Join(_value, value);
            _note = Join(_note, note);
            return true;
        }
        var onlyText = unit.Length == 0 && value.Length == 0 && note.Length == 0;
        if (label.Length > 0 && onlyText && !RowStartsParts(label) && !_label.TrimEnd().EndsWith(':') && ReadsOn(label))
        {
            _label = Join(_label, label);
            return true;
        }
        // The label's end with the unit and value on the last line: "… phát hiện qua" / "thanh tra".
        if (label.Length > 0 && _value.Length == 0 && _unit.Length == 0 && ReadsOn(label))
        {
            (_label, _unit, _value, _note) = (Join(_label, label), unit, value, Join(_note, note));
            return true;
        }
        if (label.Length == 0 && unit.Length == 0 && value.Length > 0 && _value.Length == 0)
        {
            (_value, _note) = (value, Join(_note, note));
            return true;
        }
        // A unit that wrapped ("Cơ quan," / "đơn vị").
        if (label.Length == 0 && unit.Length > 0 && value.Length == 0 && note.Length == 0)
        {
            _unit = Join(_unit, unit);
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a line without a code reads on from this row's label rather than starting a row: it starts in
    /// lower case or with "(", or with an abbreviation ("UBND …") after a label not in capitals, or this
    /// label is unfinished (an open parenthesis, a last word such as "của", "và", "các").
    /// </summary>
    public bool ReadsOn(string text)
    {
        var start = text.TrimStart();
        if (start.Length == 0)
        {
            return false;
        }
        if (char.IsLower(start[0]) || start[0] == '(')
        {
            return true;
        }
        var word = start.Split(' ')[0].Trim(',', '.', ':', ';');
        var abbreviation = word.Length >= 2 && word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);
        return abbreviation && !InCapitals(_label) || Unfinished(_label);
    }

    // Compared with their accents: "từ" (from) ends nothing, "điện tử" does.
    private static readonly HashSet<string> Connectors =
        ["và", "của", "các", "cho", "với", "từ", "đến", "trên", "theo", "được", "đã", "do", "về", "trong", "tại", "qua", "hoặc", "có", "là", "thuộc", "những", "mà"];

    private static bool Unfinished(string label) =>
        label.Count(c => c == '(') > label.Count(c => c == ')')
        || label.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
           && Connectors.Contains(words[^1].Trim(',', ';', '-'));

    private static bool InCapitals(string text) => text.Where(char.IsLetter).ToList() is { Count: >= 4 } letters && letters.All(char.IsUpper);

    public SourceRow ToRow() => new(line, "", "", code, _value, _note, _label, "", _unit, table);

    // "Trong đó:", "Chia theo cấp:": the parts that follow are rows of their own.
    private static bool RowStartsParts(string label)
    {
        var folded = AppendixColumns.Fold(label);
        return folded.StartsWith("trong do", StringComparison.Ordinal) || folded.StartsWith("chia theo", StringComparison.Ordinal)
            || folded.StartsWith("bao gom", StringComparison.Ordinal);
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;
}
