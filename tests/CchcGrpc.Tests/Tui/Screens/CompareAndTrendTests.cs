using CchcGrpc.Client.Tui.Host;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// Compare (a ranked table of a peer set with bars, best, worst and median, the unit's own row
/// highlighted) and trend (one unit over the years, deltas and a sparkline, across the merger).
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class CompareAndTrendTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private static CompareScreen OpenCompare(TuiHarness tui, string periodId)
    {
        var home = (HomeScreen)tui.Current;
        while (home.Rows[home.Selected].Period.Id != periodId)
            tui.Press(Key.CursorDown);
        tui.Press(new Key('c'));
        return Assert.IsType<CompareScreen>(tui.Current);
    }

    [Fact]
    public void The_districts_are_ranked_with_bars_the_own_row_highlighted_and_best_worst_median_under_them()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        var compare = OpenCompare(tui, "2023");
        Assert.Equal(PeerSet.Siblings, compare.Peers);
        Assert.Equal("I.2", compare.Indicator!.Id);
        Assert.Contains("Năm 2023 · các đơn vị cùng cấp (cấp huyện) · lớn hơn xếp trước", tui.Screen);
        var ranking = compare.Ranking!;
        Assert.True(ranking.Entries.Count >= 3, $"{ranking.Entries.Count} districts ranked");
        Assert.Equal(Enumerable.Range(0, ranking.Entries.Count).Select(_ => true), ranking.Entries.Zip(ranking.Entries.Skip(1).Append(ranking.Entries[^1])).Select(p => p.First.Rank <= p.Second.Rank));
        var own = ranking.Entries.Single(e => e.UnitCode == "67.661");
        var ownRow = tui.RowOf("▶ Huyện Đắk Glong");
        Assert.True(ownRow > 0, tui.Screen);
        Assert.Matches($@"^\s{{0,2}}{own.Rank}=?\s+67\.661\s+▶ Huyện Đắk Glong", tui.Row(ownRow));
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[ownRow, 1].Attribute); // selected at first
        tui.Press(Key.Home);
        if (ranking.Entries[0].UnitCode != "67.661")
            Assert.Equal(CellColors.Of(CellStyle.Own), tui.Contents[ownRow, 1].Attribute);
        var best = tui.RowOf(ranking.Entries[0].UnitCode + " ");
        Assert.Contains("█", tui.Row(best));
        var bars = ranking.Entries.Select(e => tui.Row(tui.RowOf(e.UnitCode + " ")).Count(c => c == '█')).ToList();
        Assert.Equal(bars.OrderByDescending(b => b), bars);
        Assert.Matches(@"Cao nhất [\d.,%]+ · thấp nhất [\d.,%]+ · trung vị [\d.,%]+ · \d+ đơn vị", tui.Screen);
    }

    [Fact]
    public void P_switches_the_peer_set_arrows_the_period_o_the_order_and_i_the_indicator()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        var compare = OpenCompare(tui, "2023");
        tui.Press(new Key('p'));
        Assert.Equal(PeerSet.Children, compare.Peers);
        Assert.Contains("các đơn vị trực thuộc Huyện Đắk Glong", tui.Screen);
        Assert.All(compare.Ranking!.Entries, e => Assert.StartsWith("67.661.", e.UnitCode));
        tui.Press(new Key('p'));
        Assert.Equal(PeerSet.Siblings, compare.Peers);
        tui.Press(Key.CursorLeft);
        Assert.Equal("2022", compare.Period!.Id); // year to year, over the quarters
        Assert.Contains("Năm 2022 ·", tui.Row(2));
        tui.Press(Key.CursorRight);
        Assert.Equal("2023", compare.Period!.Id);
        tui.Press(new Key('o'));
        Assert.Contains("nhỏ hơn xếp trước", tui.Screen);
        var entries = compare.Ranking!.Entries.Select(e => Statistics.Number(e.Number)!.Value).ToList();
        Assert.Equal(entries.Order(), entries);
        tui.Press(new Key('i'));
        Assert.Contains("Chọn chỉ tiêu", tui.Screen);
        tui.Type("III.3.2 ");
        tui.Press(Key.Enter);
        Assert.Equal("III.3.2", compare.Indicator!.Id);
        Assert.Contains("3.2 Tỷ lệ", tui.Row(1));
        Assert.Contains("i Chỉ tiêu  ←/→ Kỳ  p Nhóm  o Thứ tự  Enter Xu hướng", tui.Row(23));
    }

    [Fact]
    public void Enter_on_a_ranked_unit_opens_its_trend_with_deltas_and_a_sparkline()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        OpenCompare(tui, "2024");
        tui.Press(Key.Enter);
        var trend = Assert.IsType<TrendScreen>(tui.Current);
        Assert.Contains("Xu hướng · 67.661", tui.Row(0));
        Assert.Contains("Huyện Đắk Glong (67.661)", tui.Screen);
        var points = trend.Series!.Points;
        Assert.Contains(points, p => p.PeriodId == "2023");
        Assert.Contains(points, p => p.PeriodId == "2024");
        Assert.Matches(@"Diễn biến: [▁▂▃▄▅▆▇█ ]+", tui.Screen);
        var year2024 = points.Single(p => p.PeriodId == "2024");
        if (year2024.Delta.Length > 0)
            Assert.Matches(@"2024\s+[\d.,%]+\s+[+-][\d.,%]+", tui.Screen);
    }

    [Fact]
    public void The_trend_of_the_merged_province_follows_its_lineage_to_the_former_units()
    {
        using var tui = new TuiHarness(server, "admin"); // Lâm Đồng is outside Đắk Nông's reviewer's subtree
        tui.Press(new Key('u'));
        var units = (UnitBrowserScreen)tui.Current;
        tui.Press(Key.End);
        for (var guard = 0; units.SelectedNode!.Unit.Code != "68" && guard < 5; guard++)
            tui.Press(Key.CursorUp);
        Assert.Equal("68", units.SelectedNode!.Unit.Code);
        tui.Press(new Key('t'));
        var trend = Assert.IsType<TrendScreen>(tui.Current);
        Assert.Contains("Tỉnh Lâm Đồng (68)", tui.Screen);
        var earlier = trend.Series!.Points.Where(p => p.Number.Length > 0).ToList();
        Assert.NotEmpty(earlier);
        Assert.All(earlier, p => Assert.DoesNotContain("68", p.SourceUnitCodes));
        Assert.Matches(@"\s+từ [0-9A-Z., -]*\b67\b", tui.Screen); // the Nguồn column names the former province
    }
}
