namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>
/// How a transformed document prints the seed's tables: each option is one way real district and
/// commune reports differ from the shared seeds (issue 12). <see cref="LayoutCatalog"/> names the
/// documents the suite checks.
/// </summary>
public sealed record Layout(string Name)
{
    public HeadingStyle Heading { get; init; } = HeadingStyle.Bieu;

    public TitlePlacement Title { get; init; } = TitlePlacement.NextLine;

    public HeaderStyle Header { get; init; } = HeaderStyle.ProvinceTwoRows;

    public Numbering Numbering { get; init; } = Numbering.AsPrinted;

    /// <summary>Cut each table at this many places, with stray lines (an office's name, a page number, a signature) between the parts.</summary>
    public int PageBreaks { get; init; }

    /// <summary>The header is printed again after each page break.</summary>
    public bool RepeatHeader { get; init; } = true;

    public bool ReorderTables { get; init; }

    /// <summary>One table per field (the department's sections split into "Phụ lục 1…7"), or all fields in one table (the province's Biểu merged).</summary>
    public TableSplit Split { get; init; } = TableSplit.AsPrinted;

    public Wrapping Wrap { get; init; } = Wrapping.None;

    public ChoiceLines Choices { get; init; } = ChoiceLines.OneLine;

    public bool Italic { get; init; }

    /// <summary>Coded leaf parts printed under "Trong đó" / bullets instead.</summary>
    public PartStyle Parts { get; init; } = PartStyle.AsPrinted;

    public Wording Wording { get; init; } = Wording.AsPrinted;

    /// <summary>Some cells hold text or a composite number ("2/1") instead of a plain value.</summary>
    public bool CellQuirks { get; init; }

    /// <summary>Rows the catalog has no indicator for (<see cref="ForeignRows"/>) put among the seed's, with codes next to theirs.</summary>
    public bool Foreign { get; init; }

    /// <summary>Seed of the random choices (where to cut, which codes to drop).</summary>
    public int Seed { get; init; } = 1;
}

public enum HeadingStyle { Bieu, PhuLuc, PhuLucUpper, PhuLucNoAccents, PhuLucSo }

public enum TitlePlacement { NextLine, SameLine, Glued, SeveralLines, None }

public enum HeaderStyle { ProvinceTwoRows, DepartmentTwoRows, OneRow, Short, ColumnNumbers, ValueBeforeUnit }

public enum Numbering { AsPrinted, NoTrailingDots, RomanGroups, OwnNumbering, SomeMissing, Dashes, Repeated }

public enum TableSplit { AsPrinted, OnePerField, OneTable }

public enum Wrapping { None, TextLine, LabelCell, ValueOnLastLine }

public enum ChoiceLines { OneLine, OptionPerLine, MarkedOption, OptionsInLabel }

public enum PartStyle { AsPrinted, TrongDo, Bullets, ShortUnderChiaTheo }

public enum Wording { AsPrinted, AbbreviationsSpelledOut, AbbreviationsUsed, NoAccents, Truncated, Uppercase }
