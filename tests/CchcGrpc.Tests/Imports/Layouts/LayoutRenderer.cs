using System.Text;
using System.Text.RegularExpressions;

namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>Prints the tables of a layout as a converted report's text, tab-separated cells, the way real reports come.</summary>
public static partial class LayoutRenderer
{
    private static readonly string[] Stray =
    [
        "UBND HUYỆN ĐẮK MIL", "- 2 -", "Trang 3/7", "(Kèm theo Báo cáo số 45/BC-UBND ngày 10/12/2022)",
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An",
    ];

    [GeneratedRegex(@"(?<==\s*\d+)\s+")]
    private static partial Regex BetweenOptions();

    public static LayoutDocument Render(string seed, IReadOnlyList<LayoutTable> tables, Layout layout)
    {
        var random = new Random(layout.Seed * 7919);
        var text = new Writer();
        text.Line("**PHỤ LỤC THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2022**");
        text.Line("");
        for (var n = 0; n < tables.Count; n++)
        {
            Heading(text, layout, n + 1, tables[n].Title);
            Header(text, layout.Header);
            var breaks = Enumerable.Range(0, layout.PageBreaks).Select(_ => random.Next(1, Math.Max(2, tables[n].Rows.Count))).ToHashSet();
            for (var i = 0; i < tables[n].Rows.Count; i++)
            {
                if (breaks.Contains(i))
                {
                    text.Line("");
                    text.Line(Stray[random.Next(Stray.Length)]);
                    text.Line("");
                    if (layout.RepeatHeader) Header(text, layout.Header);
                }
                Row(text, layout, tables[n].Rows[i]);
            }
            text.Line("");
        }
        return new LayoutDocument(layout, seed, text.ToString(), text.Origins);
    }

    private static void Heading(Writer text, Layout layout, int n, string title)
    {
        var heading = layout.Heading switch
        {
            HeadingStyle.PhuLuc => $"Phụ lục {n}",
            HeadingStyle.PhuLucUpper => $"PHỤ LỤC {n}",
            HeadingStyle.PhuLucNoAccents => $"Phu luc {n}",
            HeadingStyle.PhuLucSo => $"<b>Phụ lục số {n}</b>",
            _ => $"**Biểu {n}**",
        };
        switch (layout.Title)
        {
            case TitlePlacement.SameLine: text.Line($"{heading}: {title}"); break;
            case TitlePlacement.Glued: text.Line($"{heading}**{title}**"); break;
            case TitlePlacement.SeveralLines:
                text.Line(heading);
                text.Line("THỐNG KÊ SỐ LIỆU");
                text.Line(title.ToUpperInvariant());
                break;
            case TitlePlacement.None: text.Line(heading); break;
            default:
                text.Line(heading);
                text.Line($"**{title}**");
                break;
        }
        text.Line("");
    }

    private static void Header(Writer text, HeaderStyle style)
    {
        var lines = style switch
        {
            HeaderStyle.DepartmentTwoRows => new[] { "STT\tChỉ tiêu thống kê\tKết quả thống kê\t\tGhi chú", "\t\tĐơn vị tính\tSố liệu\t" },
            HeaderStyle.OneRow => ["STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú"],
            HeaderStyle.Short => ["TT\tNội dung\tĐVT\tKết quả\tGhi chú"],
            HeaderStyle.ColumnNumbers => ["Số TT\tTên chỉ tiêu\tĐơn vị tính\tKết quả thực hiện\tGhi chú", "(1)\t(2)\t(3)\t(4)\t(5)"],
            HeaderStyle.ValueBeforeUnit => ["STT\tChỉ tiêu\tSố liệu\tĐơn vị tính\tGhi chú"],
            _ => ["STT\tChỉ tiêu thống kê\tĐơn vị tính\tBáo cáo CCHC năm 2022\t", "\t\t\tSố liệu\tGhi chú"],
        };
        foreach (var line in lines) text.Line(line);
    }

    private static void Row(Writer text, Layout layout, LayoutRow row)
    {
        var label = layout.Italic && row.Label.Length > 0 ? (row.Origin % 2 == 0 ? $"<i>{row.Label}</i>" : $"*{row.Label}*") : row.Label;
        string Cells(string code, string l, string unit, string value, string note) =>
            layout.Header == HeaderStyle.ValueBeforeUnit ? $"{code}\t{l}\t{value}\t{unit}\t{note}" : $"{code}\t{l}\t{unit}\t{value}\t{note}";
        var options = row.Unit.Contains('=') ? BetweenOptions().Split(row.Unit.Trim()) : [];
        if (layout.Choices != ChoiceLines.OneLine && options.Length >= 2)
        {
            // One option per line; the value on the line of the option chosen (its code, or a cross).
            var chosen = Array.FindIndex(options, o => o.EndsWith("= " + row.Value, StringComparison.Ordinal));
            var mark = layout.Choices == ChoiceLines.MarkedOption && chosen >= 0 ? "x" : row.Value;
            string ValueOn(int i) => chosen < 0 ? (i == 0 ? row.Value : "") : i == chosen ? mark : "";
            if (layout.Choices == ChoiceLines.OptionsInLabel)
            {
                text.Row(row.Origin, Cells(row.Code, label, "", "", row.Note));
                for (var i = 0; i < options.Length; i++) text.Row(row.Origin, Cells("", "- " + options[i], "", ValueOn(i), ""));
                return;
            }
            text.Row(row.Origin, Cells(row.Code, label, options[0], ValueOn(0), row.Note));
            for (var i = 1; i < options.Length; i++) text.Row(row.Origin, Cells("", "", options[i], ValueOn(i), ""));
            return;
        }
        var cut = layout.Wrap != Wrapping.None && row.Label.Length > 45 ? row.Label.LastIndexOf(' ', row.Label.Length / 2 + 5) : -1;
        if (cut <= 0 || layout.Italic)
        {
            text.Row(row.Origin, Cells(row.Code, label, row.Unit, row.Value, row.Note));
            return;
        }
        var (head, tail) = (row.Label[..cut], row.Label[(cut + 1)..]);
        switch (layout.Wrap)
        {
            case Wrapping.TextLine:
                text.Row(row.Origin, Cells(row.Code, head, row.Unit, row.Value, row.Note));
                text.Row(row.Origin, tail);
                break;
            case Wrapping.LabelCell:
                text.Row(row.Origin, Cells(row.Code, head, row.Unit, row.Value, row.Note));
                text.Row(row.Origin, Cells("", tail, "", "", ""));
                break;
            default:
                text.Row(row.Origin, Cells(row.Code, head, "", "", ""));
                text.Row(row.Origin, Cells("", tail, row.Unit, row.Value, row.Note));
                break;
        }
    }

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _line;

        public Dictionary<int, int> Origins { get; } = [];

        public void Line(string text)
        {
            foreach (var part in text.Split('\n'))
            {
                _text.Append(part).Append('\n');
                _line++;
            }
        }

        public void Row(int origin, string text)
        {
            Origins[_line + 1] = origin;
            Line(text);
        }

        public override string ToString() => _text.ToString();
    }
}
