namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>
/// The transformed documents the suite checks: for each shared seed, named layouts that each
/// change one or a few things the way real reports differ (issue 12), and seeded random mixtures of
/// every option, so that no threshold can be tuned to one file.
/// </summary>
public static class LayoutCatalog
{
    public const int RandomPerSeed = 60;

    public static IEnumerable<Layout> Named() =>
    [
        new("as printed"),
        new("Phụ lục titles, glued") { Heading = HeadingStyle.PhuLuc, Title = TitlePlacement.Glued },
        new("PHỤ LỤC, title over lines, one-row header") { Heading = HeadingStyle.PhuLucUpper, Title = TitlePlacement.SeveralLines, Header = HeaderStyle.OneRow },
        new("no accents heading, title on its line, short header") { Heading = HeadingStyle.PhuLucNoAccents, Title = TitlePlacement.SameLine, Header = HeaderStyle.Short },
        new("untitled tables, reordered") { Heading = HeadingStyle.PhuLucSo, Title = TitlePlacement.None, ReorderTables = true },
        new("one table per field") { Split = TableSplit.OnePerField, Heading = HeadingStyle.PhuLuc, Header = HeaderStyle.DepartmentTwoRows },
        new("all in one table") { Split = TableSplit.OneTable, Header = HeaderStyle.DepartmentTwoRows },
        new("split over pages, header repeated") { PageBreaks = 3 },
        new("split over pages, header not repeated") { PageBreaks = 2, RepeatHeader = false, Seed = 2 },
        new("roman groups") { Numbering = Numbering.RomanGroups },
        new("own numbering") { Numbering = Numbering.OwnNumbering, Heading = HeadingStyle.PhuLuc },
        new("codes missing") { Numbering = Numbering.SomeMissing, Seed = 3 },
        new("codes as dashes") { Numbering = Numbering.Dashes },
        new("codes repeated") { Numbering = Numbering.Repeated, Seed = 4 },
        new("codes without dots, column numbers") { Numbering = Numbering.NoTrailingDots, Header = HeaderStyle.ColumnNumbers },
        new("value before unit") { Header = HeaderStyle.ValueBeforeUnit },
        new("wrapped labels, text lines") { Wrap = Wrapping.TextLine },
        new("wrapped labels, label cells") { Wrap = Wrapping.LabelCell },
        new("wrapped labels, value on last line") { Wrap = Wrapping.ValueOnLastLine },
        new("choices one option per line") { Choices = ChoiceLines.OptionPerLine },
        new("choices marked with x") { Choices = ChoiceLines.MarkedOption },
        new("choices in the label column") { Choices = ChoiceLines.OptionsInLabel },
        new("italic labels") { Italic = true },
        new("parts under Trong đó") { Parts = PartStyle.TrongDo },
        new("parts as bullets") { Parts = PartStyle.Bullets },
        new("short parts under Chia theo") { Parts = PartStyle.ShortUnderChiaTheo },
        new("abbreviations spelled out") { Wording = Wording.AbbreviationsSpelledOut },
        new("abbreviations used") { Wording = Wording.AbbreviationsUsed },
        new("labels without accents") { Wording = Wording.NoAccents },
        new("labels cut short") { Wording = Wording.Truncated },
        new("headings in capitals") { Wording = Wording.Uppercase },
        new("text and composite cells") { CellQuirks = true },
        new("rows the catalog does not have") { Foreign = true },
        new("rows the catalog does not have, own numbering") { Foreign = true, Numbering = Numbering.OwnNumbering, Seed = 5 },
    ];

    /// <summary>Every option drawn at random, seeded: several changes at once, as a real district report has.</summary>
    public static IEnumerable<Layout> Mixed()
    {
        for (var seed = 1; seed <= RandomPerSeed; seed++)
        {
            var r = new Random(seed * 104729);
            T Pick<T>() where T : struct, Enum => Enum.GetValues<T>()[r.Next(Enum.GetValues<T>().Length)];
            yield return new Layout($"mixed {seed}")
            {
                Heading = Pick<HeadingStyle>(), Title = Pick<TitlePlacement>(), Header = Pick<HeaderStyle>(), Numbering = Pick<Numbering>(),
                PageBreaks = r.Next(4), RepeatHeader = r.Next(2) == 0, ReorderTables = r.Next(2) == 0, Split = Pick<TableSplit>(),
                Wrap = Pick<Wrapping>(), Choices = Pick<ChoiceLines>(), Italic = r.Next(3) == 0, Parts = Pick<PartStyle>(),
                Wording = Pick<Wording>(), CellQuirks = r.Next(2) == 0, Foreign = r.Next(2) == 0, Seed = seed,
            };
        }
    }

    public static IEnumerable<Layout> All() => Named().Concat(Mixed());
}
