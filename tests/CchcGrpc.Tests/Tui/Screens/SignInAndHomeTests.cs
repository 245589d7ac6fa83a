using Cchc.V1;
using CchcGrpc.Client.Tui.Host;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// Signing in (with a password, or the stored login `cchc login` keeps) and the home screen: the
/// unit, its periods with status, deadline, overdue mark and the reviewer's comment; the common
/// keys (`?`, `:`, q, F10, Ctrl-L) and a resize. The clock is 20 January 2025 (before the merger).
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class SignInAndHomeTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public void A_password_sign_in_stores_the_token_and_opens_home_showing_the_password_only_as_dots()
    {
        using var tui = new TuiHarness(server, null);
        Assert.Contains("Đăng nhập", tui.Row(0));
        Assert.Contains("Máy chủ          " + server.App.Address.ToString().TrimEnd('/'), tui.Screen);
        tui.Type("op.gianghia");
        tui.Press(Key.Tab);
        tui.Type(ReportingServer.Password);
        Assert.DoesNotContain(ReportingServer.Password, tui.Screen);
        Assert.Contains(new string('•', ReportingServer.Password.Length), tui.Screen);

        tui.Press(Key.Enter);

        Assert.IsType<HomeScreen>(tui.Current);
        Assert.Contains("CCHC · op.gianghia · Màn hình chính", tui.Row(0));
        Assert.Contains("● Đã kết nối", tui.Row(0));
        Assert.Contains("Thành phố Gia Nghĩa (67.660) · cấp huyện", tui.Screen);
        var stored = tui.Tokens.Load();
        Assert.Equal("op.gianghia", stored?.UserName);
    }

    [Fact]
    public void A_wrong_password_says_so_clears_the_field_and_stays_on_sign_in()
    {
        using var tui = new TuiHarness(server, null);
        tui.Type("op.gianghia");
        tui.Press(Key.Enter);
        Assert.Equal(2, ((SignInScreen)tui.Current).Focus); // Enter on the user name moves to the password
        tui.Type("sai-mat-khau");
        tui.Press(Key.Enter);
        Assert.IsType<SignInScreen>(tui.Current);
        Assert.Contains("Sai tên đăng nhập hoặc mật khẩu.", tui.Screen);
        Assert.DoesNotContain("•", tui.Screen);
        Assert.Null(tui.Tokens.Load());
    }

    [Fact]
    public void Shift_tab_and_arrows_move_between_the_fields_and_an_empty_field_is_refused()
    {
        using var tui = new TuiHarness(server, null);
        var signIn = (SignInScreen)tui.Current;
        Assert.Equal(1, signIn.Focus);
        tui.Press(Key.Tab.WithShift);
        Assert.Equal(0, signIn.Focus);
        tui.Press(Key.CursorDown, Key.CursorDown);
        Assert.Equal(2, signIn.Focus);
        tui.Press(Key.Enter);
        Assert.Contains("Hãy nhập máy chủ, tên đăng nhập và mật khẩu.", tui.Screen);
    }

    [Fact]
    public void With_the_stored_login_it_starts_at_home_with_periods_statuses_deadlines_and_overdue_marks()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        var home = Assert.IsType<HomeScreen>(tui.Current);
        Assert.Contains("Huyện Đắk Glong (67.661) · cấp huyện", tui.Screen);
        Assert.Contains("Vai trò: người nhập liệu", tui.Screen);
        Assert.Matches(@"Kỳ báo cáo\s+Hạn nộp\s+Trạng thái\s+Ghi chú", tui.Screen);
        // The demo data: 2023 approved, 2024-H1 and 2024 submitted; quarters nobody filed are past their deadline.
        var year2023 = home.Rows.Single(r => r.Period.Id == "2023");
        Assert.Equal(ReportStatus.Approved, year2023.Report?.Status);
        Assert.Matches(@"Năm 2024\s+18/12/2024\s+Đã gửi", tui.Screen);
        Assert.Matches(@"6 tháng đầu năm 2024\s+18/06/2024\s+Đã gửi", tui.Screen);
        Assert.Matches(@"Quý IV năm 2024\s+18/12/2024\s+Chưa nhập\s+QUÁ HẠN", tui.Screen);
        Assert.Matches(@"Năm 2025\s+18/12/2025\s+Chưa nhập$", tui.Lines.First(l => l.Contains("Năm 2025")));
        Assert.Equal(CellColors.Of(CellStyle.Error), tui.AttributeAt("QUÁ HẠN"));
        tui.Press(Key.End);
        Assert.Matches(@"Năm 2023\s+18/12/2023\s+Đã duyệt", tui.Screen);
    }

    [Fact]
    public async Task A_returned_report_shows_the_reviewers_comment_and_a_draft_shows_as_draft()
    {
        var report = await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2024" });
        await server.CallAsync("rv.daknong", Rpc.Return, new ChangeReportStatusRequest { Name = report.Name, BaseRevision = report.Revision, Comment = "Bổ sung số liệu mục 3.2" });
        await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = "reports/67.660/2025-Q1", Values = { new ValueInput { IndicatorId = "I.1", RawText = "12" } },
        });

        using var tui = new TuiHarness(server, "op.gianghia");

        // Returned and past its deadline: still to be sent, so overdue too.
        Assert.Matches(@"Năm 2024\s+18/12/2024\s+Bị trả lại\s+QUÁ HẠN · Ý kiến người duyệt", tui.Screen);
        var home = (HomeScreen)tui.Current;
        while (home.Rows[home.Selected].Period.Id != "2024")
            tui.Press(Key.CursorDown);
        // The whole comment of the selected period, under the list.
        Assert.Equal(" Ý kiến người duyệt: Bổ sung số liệu mục 3.2", tui.Row(21));
        Assert.Matches(@"Quý I năm 2025\s+18/03/2025\s+Bản nháp", tui.Screen);
    }

    [Fact]
    public void A_reviewer_sees_the_reports_awaiting_review_in_the_subtree_and_the_review_key()
    {
        using var tui = new TuiHarness(server, "rv.daknong");
        Assert.Contains("Tỉnh Đắk Nông (67) · cấp tỉnh", tui.Screen);
        Assert.Matches(@"Vai trò: người duyệt · \d+ báo cáo chờ duyệt \(F4\)", tui.Screen);
        Assert.Contains("F4/r Duyệt", tui.Row(23));
    }

    [Fact]
    public void In_english_the_words_are_english()
    {
        using var tui = new TuiHarness(server, "op.dakmil", english: true);
        Assert.Contains("CCHC · op.dakmil · Home", tui.Row(0));
        Assert.Matches(@"Period\s+Deadline\s+Status\s+Remarks", tui.Screen);
        Assert.Matches(@"Năm 2024\s+2024-12-18\s+Submitted", tui.Screen);
        Assert.Contains("OVERDUE", tui.Screen);
        Assert.Contains("Enter Open", tui.Row(23));
    }

    [Fact]
    public void Arrows_and_vi_keys_move_the_selection_and_page_keys_jump()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        var home = (HomeScreen)tui.Current;
        Assert.Equal(0, home.Selected);
        var first = tui.RowOf("Năm 2025");
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[first, 1].Attribute);
        tui.Press(Key.CursorDown, new Key('j'), new Key('j'));
        Assert.Equal(3, home.Selected);
        tui.Press(new Key('k'), Key.CursorUp);
        Assert.Equal(1, home.Selected);
        tui.Press(Key.PageDown);
        Assert.Equal(11, home.Selected);
        tui.Press(Key.PageUp, Key.Home);
        Assert.Equal(0, home.Selected);
        tui.Press(Key.End);
        Assert.Equal(home.Rows.Count - 1, home.Selected);
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[tui.RowOf(home.Rows[^1].Period.Label), 1].Attribute);
    }

    [Fact]
    public void Question_mark_shows_this_screens_keys_and_the_common_ones_and_any_key_closes_it()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        tui.Press(new Key('?'));
        Assert.Contains("Trợ giúp: Màn hình chính", tui.Screen);
        Assert.Contains("F3 hoặc u  danh sách đơn vị", tui.Screen);
        Assert.Contains("Phím dùng chung", tui.Screen);
        tui.Press(new Key('x'));
        Assert.DoesNotContain("Trợ giúp: Màn hình chính", tui.Screen);
        tui.Press(Key.F1);
        Assert.Contains("Trợ giúp: Màn hình chính", tui.Screen);
    }

    [Fact]
    public void The_colon_palette_filters_commands_without_accents_and_runs_the_chosen_one()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        tui.Press(new Key(':'));
        Assert.Contains("Bảng lệnh", tui.Screen);
        Assert.Contains("Danh sách đơn vị", tui.Screen);
        tui.Type("don vi");
        Assert.Contains("▸ Danh sách đơn vị", tui.Screen);
        Assert.DoesNotContain("Xu hướng qua các kỳ", tui.Screen);
        tui.Press(Key.Enter);
        Assert.IsType<UnitBrowserScreen>(tui.Current);
        tui.Press(Key.Esc);
        Assert.IsType<HomeScreen>(tui.Current);
    }

    [Fact]
    public void The_footer_lists_the_keys_that_work_here_on_one_line()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        Assert.Equal("Enter Mở  F3/u Đơn vị  F5/c So sánh  F6/t Xu hướng  q Thoát  ? Trợ giúp  : Lệnh", tui.Row(23));
    }

    [Fact]
    public void Q_quits_from_home_and_F10_quits_too()
    {
        using (var tui = new TuiHarness(server, "op.dakmil"))
        {
            tui.Press(new Key('q'));
            Assert.True(tui.Quit);
        }
        using (var tui = new TuiHarness(server, "op.dakmil"))
        {
            tui.Press(Key.F10);
            Assert.True(tui.Quit);
        }
    }

    [Fact]
    public void Ctrl_L_clears_and_repaints_the_whole_screen()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        tui.Press(Key.L.WithCtrl);
        var redraw = tui.LastOutput;
        foreach (var text in new[] { "CCHC · op.dakmil · Màn hình chính", "Huyện Đắk Glong (67.661)", "Kỳ báo cáo", "Năm 2023", "Xu hướng" })
            Assert.Contains(text, redraw);
        Assert.IsType<HomeScreen>(tui.Current);
    }

    [Fact]
    public void A_resize_lays_the_same_state_out_again()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        tui.Press(Key.CursorDown, Key.CursorDown);
        var selected = ((HomeScreen)tui.Current).Rows[2].Period.Label;
        var rowsAt80 = tui.Lines.Count(l => l.Contains("Chưa nhập") || l.Contains("Đã gửi") || l.Contains("Đã duyệt"));
        tui.Resize(120, 40);
        Assert.Equal(40, tui.Contents.GetLength(0));
        Assert.Equal(120, tui.Contents.GetLength(1));
        var rowsAt120 = tui.Lines.Count(l => l.Contains("Chưa nhập") || l.Contains("Đã gửi") || l.Contains("Đã duyệt"));
        Assert.True(rowsAt120 > rowsAt80, $"{rowsAt120} rows at 120×40, {rowsAt80} at 80×24");
        Assert.Equal(2, ((HomeScreen)tui.Current).Selected);
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[tui.RowOf(selected), 1].Attribute);
        Assert.Contains("F6/t Xu hướng", tui.Row(39));
    }
}
