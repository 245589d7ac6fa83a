using CchcGrpc.Client.Tui.SlowLink;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>
/// Which scroll region a new frame is sent with, and which cells count as already shown: a grid that
/// scrolls by a line while its selection moves (the line that was selected comes back restyled) is one
/// region over the whole grid, and a blank is the same blank whatever its foreground.
/// </summary>
public sealed class ScrollPlanTests
{
    const int Rows = 12, Cols = 40;
    static readonly StyleMapper Mapper = new(ColorDepth.Colors256);
    static readonly Attribute Normal = new(ColorName16.White, ColorName16.Black);
    static readonly Attribute Dim = new(ColorName16.Gray, ColorName16.Black);
    static readonly Attribute Selected = new(ColorName16.Black, ColorName16.BrightCyan);

    static readonly string[] Names =
    [
        "Số văn bản chỉ đạo CCHC", "Tỷ lệ hoàn thành Kế hoạch", "Kiểm tra CCHC", "Số sở, ngành đã kiểm tra",
        "Thanh tra công vụ", "Rà soát VBQPPL", "Thống kê TTHC", "Công bố mới", "Bãi bỏ, thay thế", "Một cửa liên thông",
        "Dịch vụ công trực tuyến", "Sắp xếp tổ chức bộ máy", "Biên chế công chức", "Tự chủ tài chính",
        "Chính quyền số", "Họp trực tuyến", "Chữ ký số", "Cơ sở dữ liệu", "Hệ thống thư điện tử", "An toàn thông tin",
        "Cán bộ cấp xã", "Đào tạo bồi dưỡng",
    ];

    // A grid of indicator rows from `first`, one of them selected (its value cell in the selection's colour),
    // under a header line that does not move.
    static Frame Grid(int first, int selected)
    {
        var cells = new Cell[Rows, Cols];
        Put(cells, 0, "  Mã   Chỉ tiêu", Normal, Normal);
        for (int line = 1; line < Rows; line++)
        {
            int row = first + line - 1;
            Put(cells, line, $"  {row}.1  {Names[row % Names.Length]}", Normal, row == selected ? Selected : Normal);
        }
        return Frame.From(cells, Rows, Cols, Mapper, utf8: true);
    }

    static void Put(Cell[,] cells, int row, string text, Attribute style, Attribute value)
    {
        for (int col = 0; col < Cols; col++)
        {
            cells[row, col] = new Cell { Grapheme = col < text.Length ? text[col].ToString() : " ", Attribute = col >= Cols - 6 ? value : style };
        }
    }

    static ShownScreen Showing(Frame frame)
    {
        var shown = new ShownScreen(frame.Rows, frame.Cols);
        for (int row = 0; row < frame.Rows; row++)
        {
            for (int col = 0; col < frame.Cols; col++)
            {
                shown.Set(row, col, frame.TextAt(row, col), frame.StyleAt(row, col));
            }
        }
        return shown;
    }

    [Fact]
    public void Moving_the_selection_past_the_last_line_scrolls_the_whole_grid_with_the_line_that_was_selected()
    {
        // Rows 10..20 shown, 20 selected on the last line; ↓ selects 21 and the grid shows 11..21.
        var shown = Showing(Grid(first: 10, selected: 20));

        var plan = ScrollPlan.Find(shown, Grid(first: 11, selected: 21));

        // Line 11 (was 20, selected) differs from what it scrolls up from only in its value cell's colour; the
        // region still spans it, so only that cell and the new bottom line are sent after the scroll.
        Assert.Equal(new ScrollPlan(Top: 1, Bottom: Rows - 1, Shift: 1), plan);
    }

    [Fact]
    public void Moving_the_selection_above_the_first_line_scrolls_down()
    {
        var shown = Showing(Grid(first: 10, selected: 10));

        var plan = ScrollPlan.Find(shown, Grid(first: 9, selected: 9));

        Assert.Equal(new ScrollPlan(Top: 1, Bottom: Rows - 1, Shift: -1), plan);
    }

    [Fact]
    public void A_selection_moving_within_the_grid_is_no_scroll()
    {
        var shown = Showing(Grid(first: 10, selected: 12));

        Assert.Null(ScrollPlan.Find(shown, Grid(first: 10, selected: 13)));
    }

    [Fact]
    public void After_a_scroll_the_exposed_line_is_blank_in_the_pens_background_so_only_its_text_is_sent()
    {
        var shown = Showing(Grid(first: 10, selected: 20));
        SentStyle pen = Mapper.Map(Dim);

        shown.Scroll(1, Rows - 1, 1, new SentStyle("", pen.Background, TextStyle.None));

        // A blank in white on black looks as the blank the scroll left in the grey pen's black.
        Assert.True(shown.Shows(Rows - 1, Cols - 1, " ", Mapper.Map(Normal)));
        Assert.False(shown.Shows(Rows - 1, 2, "2", Mapper.Map(Normal)));
        Assert.False(shown.Shows(Rows - 1, Cols - 1, " ", Mapper.Map(Selected)), "a cyan blank is not a black one");
    }

    [Fact]
    public void A_blank_is_the_same_blank_whatever_its_foreground_but_not_when_underlined()
    {
        var whiteOnBlack = new SentStyle("38;5;231", "48;5;16", TextStyle.None);
        var greyOnBlack = new SentStyle("38;5;244", "48;5;16", TextStyle.Bold);
        var underlined = whiteOnBlack with { Style = TextStyle.Underline };
        // Reverse video of black on cyan is a cyan-on-black cell: its blank is black.
        var reversed = new SentStyle("38;5;16", "48;5;80", TextStyle.Reverse);

        Assert.Equal(whiteOnBlack.BlankLook, greyOnBlack.BlankLook);
        Assert.Equal(whiteOnBlack.BlankLook, reversed.BlankLook);
        Assert.NotEqual(whiteOnBlack.BlankLook, underlined.BlankLook);
        Assert.Equal(Frame.CellHash(" ", whiteOnBlack), Frame.CellHash(" ", greyOnBlack));
        Assert.NotEqual(Frame.CellHash("x", whiteOnBlack), Frame.CellHash("x", greyOnBlack));
    }
}
