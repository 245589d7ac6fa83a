using Cchc.V1;
using CchcGrpc.Client.Tui.Host;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.Shell;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// The entry grid of Gia Nghĩa (67.660), driven by keys: the real numbers of the 2022 Đắk Nông
/// appendix (II 3.2 says 100% but 14 of 96 is 14,58%; 77.046 of 77.251 dossiers on time is 99,73%),
/// typed in the Vietnamese way, checked by the real server as they are typed, saved and submitted.
/// Each test works on its own period so they do not see each other's drafts.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class ReportEntryTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public void The_seven_fields_are_sections_of_one_grid_with_code_name_unit_value_and_note()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-Q1");
        Assert.Contains("Nhập báo cáo 67.660 · 2022-Q1", tui.Row(0));
        Assert.Contains("Thành phố Gia Nghĩa · Quý I năm 2022 · Chưa nhập", tui.Row(1));
        Assert.Matches(@"^\s+Mã\s+Chỉ tiêu\s+ĐVT\s+Số liệu Ghi chú", tui.Row(3));
        Assert.Equal("  I. Công tác chỉ đạo điều hành CCHC", tui.Row(4));
        Assert.Matches(@"^ >1\s+Số văn bản chỉ đạo CCHC đã ban … Văn bản", tui.Row(5)); // ">": the selected row
        Assert.Equal(
            ["I. Công tác chỉ đạo điều hành CCHC", "II. Cải cách thể chế", "III. Cải cách thủ tục hành chính", "IV. Cải cách tổ chức bộ máy",
             "V. Cải cách chế độ công vụ", "VI. Cải cách tài chính công", "VII. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"],
            entry.Rows.Where(r => r.IsHeading).Select(r => r.Heading));
        // Only the rows a district reports: I.8 (departments' yes/no) is not there.
        Assert.DoesNotContain(entry.Rows, r => r.Indicator?.Id == "I.8");
        Assert.Equal(CellColors.Of(CellStyle.Focus), tui.Contents[5, 60].Attribute); // the value cell of the selected row
        Assert.Equal(">", tui.Contents[5, 1].Grapheme); // and a ">" before its code
    }

    [Fact]
    public void Arrows_vi_keys_tab_page_home_and_end_move_between_cells_skipping_headings()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-Q2");
        Assert.Equal(("I.1", 0), (entry.SelectedRow!.Indicator!.Id, entry.Column));
        tui.Press(Key.CursorDown, new Key('j'));
        Assert.Equal("I.2.1", entry.SelectedRow!.Indicator!.Id);
        tui.Press(new Key('k'));
        Assert.Equal("I.2", entry.SelectedRow!.Indicator!.Id);
        tui.Press(new Key('l'));
        Assert.Equal(1, entry.Column);
        tui.Press(new Key('h'));
        Assert.Equal(0, entry.Column);
        tui.Press(Key.CursorRight, Key.CursorLeft);
        Assert.Equal(0, entry.Column);
        tui.Press(Key.Tab);
        Assert.Equal(("I.2", 1), (entry.SelectedRow!.Indicator!.Id, entry.Column));
        tui.Press(Key.Tab);
        Assert.Equal(("I.2.1", 0), (entry.SelectedRow!.Indicator!.Id, entry.Column));
        tui.Press(Key.Tab.WithShift);
        Assert.Equal(("I.2", 1), (entry.SelectedRow!.Indicator!.Id, entry.Column));
        tui.Press(Key.End);
        Assert.Equal(entry.Rows.Last(r => !r.IsHeading).Indicator!.Id, entry.SelectedRow!.Indicator!.Id);
        Assert.StartsWith(" >" + entry.SelectedRow!.Code + " ", tui.GridLine(entry.SelectedRow!.Indicator!.Id));
        tui.Press(Key.Home);
        Assert.Equal("I.1", entry.SelectedRow!.Indicator!.Id);
        tui.Press(Key.PageDown);
        var afterPage = entry.Rows.ToList().IndexOf(entry.SelectedRow!);
        Assert.True(afterPage >= 15, $"PgDn moved to row {afterPage}");
        Assert.DoesNotContain("I. Công tác chỉ đạo điều hành CCHC", tui.Screen);
        tui.Press(Key.PageUp);
        Assert.Contains("I. Công tác chỉ đạo điều hành CCHC", tui.Screen);
        // Moving down from the last row of field I lands on the first of II, over its heading.
        tui.GoTo("I.5.3");
        tui.Press(Key.CursorDown);
        Assert.Equal("II.1", entry.SelectedRow!.Indicator!.Id);
    }

    [Fact]
    public void Vietnamese_numbers_are_typed_and_the_derived_percentage_is_recomputed_by_the_server_as_you_go()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        tui.OpenReport("2022-Q3");
        tui.GoTo("III.3.1.1");
        tui.Enter("77.251");
        Assert.Matches(@"\*>3\.1\.1 .*\s77\.251$", tui.GridLine("III.3.1.1"));
        tui.Press(Key.CursorDown);
        tui.Press(Key.F2);
        tui.Type("77.046");
        Assert.Contains("77.046", tui.Screen); // shown while typing
        tui.Press(Key.Enter);
        // 77.046 / 77.251 × 100, computed by the server from the typed parts, marked as derived.
        Assert.Matches(@"^= 3\.1 .*\s99,73%$", tui.GridLine("III.3.1"));
        Assert.Contains("2 ô chưa lưu", tui.Row(1));
        Assert.Contains("Đã kiểm tra trên máy chủ: 0 lỗi, 0 cảnh báo cần ghi chú.", tui.Row(22));
    }

    [Fact]
    public void A_value_that_cannot_be_read_is_marked_inline_with_the_servers_reason_and_fixing_it_clears_the_mark()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-Q4");
        tui.Enter("abc");
        Assert.StartsWith("✗>1 ", tui.GridLine("I.1"));
        Assert.Contains("✗ I.1: 'abc' không phải giá trị của chỉ tiêu số", tui.Screen);
        Assert.Equal(CellColors.Of(CellStyle.Error), tui.Contents[5, 0].Attribute);
        Assert.True(entry.Invalid.ContainsKey("I.1"));
        tui.Press(new Key('s'));
        Assert.Contains("1 ô có giá trị không đọc được; sửa trước khi lưu", tui.Screen);
        Assert.Null(entry.Report);

        // Enter opens the cell with its text selected: typing replaces it.
        tui.Enter("15");
        Assert.StartsWith("*>1 ", tui.GridLine("I.1"));
        Assert.EndsWith(" 15", tui.GridLine("I.1"));
        Assert.Empty(entry.Invalid);
    }

    [Fact]
    public void Esc_cancels_an_edit_and_a_digit_typed_on_a_cell_starts_editing_it()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-H1");
        tui.Press(Key.Enter);
        Assert.True(entry.Editing);
        Assert.Contains("Enter Nhận  Esc Hủy  Tab Ô tiếp", tui.Row(23));
        tui.Type("99");
        tui.Press(Key.Esc);
        Assert.False(entry.Editing);
        Assert.False(entry.SelectedRow!.Changed);
        Assert.DoesNotContain(" 99", tui.GridLine("I.1"));
        tui.Type("7");
        Assert.True(entry.Editing);
        tui.Type("2");
        tui.Press(Key.Tab);
        Assert.EndsWith(" 72", tui.GridLine("I.1"));
        Assert.Equal(1, entry.Column); // Tab accepted the value and moved to its note
    }

    [Fact]
    public void The_findings_list_lists_the_errors_and_enter_jumps_to_the_indicator()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-9M");
        EnterTheAppendixsWrongPercentage(tui);
        Assert.StartsWith("✗>3.2 ", tui.GridLine("II.3.2"));
        Assert.Contains("✗ Tỷ lệ II.3.2 không khớp với số liệu thành phần", tui.Screen);
        Assert.Contains("1 lỗi, 0 cảnh báo", tui.Row(2));
        tui.Press(Key.Home);
        tui.Press(new Key('f'));
        Assert.Contains("Kết quả kiểm tra (1) · Enter: đến chỉ tiêu · Esc: đóng", tui.Screen);
        Assert.Contains("✗ 3.2, 3.2.2, 3.2.1: Tỷ lệ II.3.2 không khớp", tui.Screen);
        tui.Press(Key.Enter);
        Assert.Equal("II.3.2", entry.SelectedRow!.Indicator!.Id);
        Assert.DoesNotContain("Kết quả kiểm tra (1)", tui.Screen);
        tui.Press(Key.F3);
        Assert.Contains("Kết quả kiểm tra (1)", tui.Screen);
        tui.Press(Key.Esc);
        Assert.IsType<ReportEntryScreen>(tui.Current);
        Assert.DoesNotContain("Kết quả kiểm tra (1)", tui.Screen);
    }

    [Fact]
    public void A_choice_is_picked_from_its_coded_options()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2023-Q1");
        tui.GoTo("VII.4");
        Assert.Contains("Lựa chọn: 0 = Chưa, 1 = Đang làm, 2 = Hoàn thành", tui.Screen);
        tui.Press(Key.Enter);
        Assert.Contains("Chọn giá trị cho 4", tui.Screen);
        Assert.Contains("▸ 0 = Chưa", tui.Screen);
        Assert.Contains("2 = Hoàn thành", tui.Screen);
        tui.Press(Key.CursorDown, Key.CursorDown, Key.Enter);
        Assert.Equal("2", entry.SelectedRow!.TypedChoice);
        Assert.Contains("2 Hoàn thành", tui.GridLine("VII.4"));
        // Typing in the picker filters its options, without accents.
        tui.Press(Key.Enter);
        tui.Type("dang");
        tui.Press(Key.Enter);
        Assert.Equal("1", entry.SelectedRow!.TypedChoice);
        Assert.Contains("1 Đang làm", tui.GridLine("VII.4"));
    }

    [Fact]
    public void Save_sends_only_the_changed_values_on_the_base_revision_and_a_warning_asks_for_a_note()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2023-Q2");
        tui.GoTo("IV.2.1");
        tui.Enter("50");
        tui.Press(Key.CursorDown);
        tui.Enter("52");
        // More civil servants present than assigned: allowed, but only with a note.
        Assert.StartsWith("!>2.2 ", tui.GridLine("IV.2.2"));
        Assert.Contains("cần ghi chú giải thích (F4/n)", tui.Screen);
        Assert.Contains("0 lỗi, 1 cảnh báo cần ghi chú", tui.Row(2));
        tui.Press(new Key('s'));
        Assert.Contains("Đã lưu bản nháp: 2 chỉ tiêu, phiên bản 1.", tui.Screen);
        Assert.Equal((ReportStatus.Draft, 1L), (entry.Report!.Status, entry.Report.Revision));
        var stored = tui.Call(() => server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2023-Q2" }));
        Assert.Equal("52", stored.Values.Single(v => v.IndicatorId == "IV.2.2").RawText);

        tui.Press(Key.F4);
        tui.Type("Có 2 người biệt phái đến");
        tui.Press(Key.Enter);
        Assert.Contains("Có 2 người", tui.GridLine("IV.2.2"));
        tui.Press(Key.F6);
        Assert.Contains("Đã lưu bản nháp: 1 chỉ tiêu, phiên bản 2.", tui.Screen);
        Assert.Contains("0 lỗi, 0 cảnh báo cần ghi chú", tui.Row(2));
        var history = tui.Call(() => server.CallAsync("op.gianghia", Rpc.History, new GetReportHistoryRequest { Name = "reports/67.660/2023-Q2", PageSize = 50 }));
        // The second save named IV.2.2 only: one value event at revision 2, its value kept, the note added.
        var second = Assert.Single(history.Events, e => e.Revision == 2 && e.ValueChange is not null);
        Assert.Equal(("IV.2.2", "52", "52", "Có 2 người biệt phái đến"), (second.ValueChange.IndicatorId, second.ValueChange.OldRawText, second.ValueChange.NewRawText, second.ValueChange.NewNote));
    }

    [Fact]
    public void Submit_lists_what_blocks_it_then_asks_before_submitting()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2023-Q3");
        EnterTheAppendixsWrongPercentage(tui);
        tui.Press(new Key('p'));
        Assert.Contains("Chưa gửi được báo cáo", tui.Screen);
        Assert.Contains("1 vấn đề cần xử lý trước khi gửi:", tui.Screen);
        Assert.Contains("✗ 3.2, 3.2.2, 3.2.1: Tỷ lệ II.3.2 không khớp", tui.Screen);
        Assert.Equal(ReportStatus.Draft, entry.Report!.Status); // saved as a draft before the check
        tui.Press(Key.Esc);
        Assert.DoesNotContain("Chưa gửi được báo cáo", tui.Screen);

        // Clearing the wrong percentage lets the server derive 14,58% from its parts.
        tui.Press(Key.Enter, Key.Backspace, Key.Enter);
        Assert.Matches(@"^=>3\.2 .*\s14,58%$", tui.GridLine("II.3.2"));
        tui.Press(Key.F8);
        Assert.Contains("Gửi báo cáo?", tui.Screen);
        Assert.Contains("Gửi báo cáo của Thành phố Gia Nghĩa, kỳ Quý III năm 2023?", tui.Screen);
        tui.Press(new Key('n'));
        Assert.Equal(ReportStatus.Draft, entry.Report!.Status);
        tui.Press(Key.F8);
        tui.Press(new Key('y'));
        Assert.Equal(ReportStatus.Submitted, entry.Report!.Status);
        Assert.Contains("Đã gửi báo cáo: Đã gửi.", tui.Screen);
        Assert.Contains("· Đã gửi ·", tui.Row(1));
        // Submitted: read-only now.
        tui.Press(Key.Enter);
        Assert.False(entry.Editing);
        Assert.Contains("Báo cáo chỉ xem", tui.Screen);
    }

    [Fact]
    public void Submitting_a_report_with_nothing_entered_says_so_and_calls_nothing()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-H1");
        tui.Press(new Key('p'));
        Assert.Contains("Báo cáo chưa có số liệu nào: nhập và lưu trước khi gửi.", tui.Screen);
        Assert.DoesNotContain("không tồn tại", tui.Screen);
        Assert.Null(entry.Report);
        Assert.IsType<ReportEntryScreen>(tui.Current);
    }

    [Fact]
    public void Leaving_or_quitting_with_unsaved_edits_asks_first()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        tui.OpenReport("2023-Q4");
        tui.Enter("3");
        tui.Press(Key.Esc);
        Assert.Contains("Rời báo cáo?", tui.Screen);
        Assert.Contains("Bỏ các thay đổi chưa lưu?", tui.Screen);
        tui.Press(new Key('n'));
        Assert.IsType<ReportEntryScreen>(tui.Current);
        tui.Press(Key.F10);
        Assert.Contains("Thoát chương trình?", tui.Screen);
        Assert.Contains("Còn thay đổi chưa lưu: Nhập báo cáo 67.660 · 2023-Q4", tui.Screen);
        tui.Press(Key.Esc);
        Assert.False(tui.Quit);
        tui.Press(Key.Esc, new Key('y'));
        Assert.IsType<HomeScreen>(tui.Current);
        tui.Press(new Key('q'));
        Assert.True(tui.Quit);
    }

    [Fact]
    public void A_submitted_report_opens_read_only_with_its_history()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        var entry = tui.OpenReport("2024-H1");
        Assert.True(entry.ReadOnly);
        Assert.Contains("Huyện Đắk Glong · 6 tháng đầu năm 2024 · Đã gửi", tui.Row(1));
        Assert.Contains("F3/f Lỗi  F7/H Lịch sử", tui.Row(23));
        tui.Press(Key.F2);
        Assert.Contains("Báo cáo chỉ xem: không sửa được ở trạng thái này.", tui.Screen);
        tui.Press(new Key('H'));
        Assert.Contains("Lịch sử thay đổi (mới nhất trước)", tui.Screen);
        Assert.Matches(@"demo-data: Bản nháp → Đã gửi", tui.Screen);
        tui.Press(Key.F7);
        Assert.DoesNotContain("Lịch sử thay đổi", tui.Screen);
    }

    [Fact]
    public void Typed_values_go_to_a_local_draft_first_and_come_back_after_a_restart()
    {
        string config;
        using (var tui = new TuiHarness(server, "op.gianghia"))
        {
            tui.OpenReport("2024-Q1");
            tui.Enter("8");
            config = tui.ConfigDirectory;
            var draft = tui.Navigator.Data.Drafts!.Load("reports/67.660/2024-Q1");
            Assert.Equal("8", draft!.Edits["I.1"].RawText);
            Assert.Equal(0, draft.BaseRevision);
            tui.Press(Key.F10, new Key('y')); // quit without saving
        }
        using (var tui = new TuiHarness(server, "op.gianghia", configDirectory: config))
        {
            var entry = tui.OpenReport("2024-Q1");
            Assert.Contains("1 ô chưa lưu", tui.Row(1));
            Assert.StartsWith("*>1 ", tui.GridLine("I.1"));
            Assert.EndsWith(" 8", tui.GridLine("I.1"));
            tui.Press(new Key('s'));
            Assert.Equal(1L, entry.Report!.Revision);
            Assert.Null(tui.Navigator.Data.Drafts!.Load("reports/67.660/2024-Q1"));
        }
    }

    [Fact]
    public void The_help_page_of_the_entry_screen_lists_its_keys()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        tui.OpenReport("2022");
        tui.Press(new Key('?'));
        Assert.Contains("Trợ giúp: Nhập báo cáo 67.660 · 2022", tui.Screen);
        Assert.Contains("Enter hoặc F2   sửa ô", tui.Screen);
        Assert.Contains("Số viết kiểu Việt Nam: 1.909", tui.Screen);
        tui.Press(Key.PageDown);
        Assert.Contains("Ctrl-L", tui.Screen);
    }

    /// <summary>II 3.2 as the 2022 appendix has it: 14 of 96 texts handled, written as 100%.</summary>
    private static void EnterTheAppendixsWrongPercentage(TuiHarness tui)
    {
        tui.GoTo("II.3.2.1");
        tui.Enter("96");
        tui.Press(Key.CursorDown);
        tui.Enter("14");
        tui.GoTo("II.3.2");
        tui.Enter("100%");
    }
}
