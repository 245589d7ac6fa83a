using CchcGrpc.Client.Text;
using CchcGrpc.Client.Tui.Host;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// The unit tree of the sample organisation: Đắk Nông and its districts (dissolved on 1 July 2025
/// and merged into Lâm Đồng), expanded and collapsed with keys, filtered without accents.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class UnitBrowserTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private static UnitBrowserScreen Open(TuiHarness tui)
    {
        tui.Press(new Key('u'));
        return Assert.IsType<UnitBrowserScreen>(tui.Current);
    }

    [Fact]
    public void The_tree_opens_at_the_users_province_with_its_units_by_level()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var units = Open(tui);
        Assert.Equal("67.660", units.SelectedNode!.Unit.Code);
        Assert.Contains("Cây đơn vị theo cấp", tui.Screen);
        Assert.Matches(@"   ▸ 67\.660  Thành phố Gia Nghĩa · cấp huyện · không còn từ 30/06/2025", tui.Screen);
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[tui.RowOf("▸ 67.660  "), 3].Attribute);
        Assert.Contains("67.660 · Thành phố Gia Nghĩa · từ 01/01/2004 · 8 đơn vị trực thuộc", tui.Screen);
        tui.Press(Key.Home);
        Assert.Matches(@"   60  Tỉnh Bình Thuận · cấp tỉnh", tui.Screen);
        Assert.Matches(@"▾ 67  Tỉnh Đắk Nông · cấp tỉnh · không còn từ 30/06/2025", tui.Screen);
        var visible = units.Visible;
        var departments = visible.TakeWhile(n => n.Unit.Level != Cchc.V1.UnitLevel.District).Count(n => n.Unit.Level == Cchc.V1.UnitLevel.Department);
        Assert.Equal(visible.Count(n => n.Unit.Level == Cchc.V1.UnitLevel.Department), departments); // departments before districts
        Assert.Contains(visible, n => n.Unit.Code == "68");
    }

    [Fact]
    public void Right_and_left_expand_and_collapse_enter_toggles_and_arrows_move()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var units = Open(tui);
        tui.Press(Key.CursorRight);
        Assert.True(units.SelectedNode!.Expanded);
        Assert.Matches(@"▾ 67\.660  Thành phố Gia Nghĩa", tui.Screen);
        tui.Press(new Key('j'));
        Assert.Matches(@"     67\.660\.\d+  (Phường|Xã) ", tui.Screen);
        Assert.StartsWith("67.660.", units.SelectedNode!.Unit.Code);
        tui.Press(new Key('h')); // on a leaf: up to its parent
        Assert.Equal("67.660", units.SelectedNode!.Unit.Code);
        tui.Press(new Key('h'));
        Assert.False(units.SelectedNode!.Expanded);
        tui.Press(Key.Enter);
        Assert.True(units.SelectedNode!.Expanded);
        tui.Press(Key.Enter);
        Assert.False(units.SelectedNode!.Expanded);
        tui.Press(Key.Home);
        Assert.Equal(0, units.Visible.ToList().IndexOf(units.SelectedNode!));
        tui.Press(Key.End, Key.PageUp, Key.PageDown);
        Assert.Equal(units.Visible.Count - 1, units.Visible.ToList().IndexOf(units.SelectedNode!));
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[tui.RowOf(units.SelectedNode!.Unit.Code + "  "), 0].Attribute);
    }

    [Fact]
    public void Slash_filters_by_name_or_code_without_accents_and_esc_clears_it()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var units = Open(tui);
        tui.Press(new Key('/'));
        Assert.True(units.CapturesText);
        tui.Type("gia nghia");
        Assert.Contains(units.Visible, n => n.Unit.Name == "Thành phố Gia Nghĩa");
        Assert.Contains(units.Visible, n => n.Unit.Name == "Phường Bắc Gia Nghĩa");
        Assert.All(units.Visible, n => Assert.Contains("gia nghia", CchcGrpc.Client.Text.Accents.Fold(n.Unit.Name)));
        Assert.Contains("Thành phố Gia Nghĩa", tui.Screen);
        tui.Press(Key.Enter);
        Assert.False(units.CapturesText);
        Assert.Contains($"gia nghia  {units.Visible.Count} đơn vị khớp", tui.Screen);
        tui.Press(new Key('/'));
        tui.Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace);
        tui.Type("67.661");
        Assert.All(units.Visible, n => Assert.Contains("67.661", n.Unit.Code));
        Assert.Contains(units.Visible, n => n.Unit.Code == "67.661");
        tui.Press(Key.Esc);
        Assert.Equal("", units.Filter);
        Assert.Contains("▾ 67  Tỉnh Đắk Nông", tui.Screen);
    }

    [Fact]
    public void A_dissolved_unit_shows_what_it_was_merged_into()
    {
        using var tui = new TuiHarness(server, "rv.daknong");
        var units = Open(tui);
        Assert.Equal("67", units.SelectedNode!.Unit.Code);
        Assert.Contains("Đã sáp nhập vào: Tỉnh Lâm Đồng (68) · 01/07/2025 · Nghị quyết 202/2025/QH15", tui.Screen);
        Assert.Equal(CellColors.Of(CellStyle.Dim), tui.Contents[tui.RowOf("67.SNV  Sở Nội vụ"), 5].Attribute);
    }

    [Fact]
    public void Space_marks_units_for_a_chosen_list_comparison_and_t_opens_a_trend()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var units = Open(tui);
        tui.Press(new Key(' '), Key.CursorDown, new Key(' '));
        Assert.Equal(["67.660", "67.661"], units.Marked.Order());
        Assert.StartsWith("●", tui.Lines[tui.RowOf("67.661  ")]);
        tui.Press(new Key('c'));
        var compare = Assert.IsType<CompareScreen>(tui.Current);
        Assert.Equal(PeerSet.Chosen, compare.Peers);
        Assert.Contains("2 đơn vị đã chọn", tui.Screen);
        tui.Press(Key.Esc, new Key('t'));
        Assert.IsType<TrendScreen>(tui.Current);
        Assert.Contains("Xu hướng · 67.661", tui.Row(0));
    }
}
