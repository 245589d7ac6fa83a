using Cchc.V1;
using CchcGrpc.Client.Tui.Offline;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Tui.Offline;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// The entry screen of Gia Nghĩa (67.660) on a link that drops, through a relay the test cuts and
/// restores: a save made while the link is down waits in the local draft and goes out by itself when
/// the link is back; a newer revision saved by someone else meanwhile is settled value by value on
/// the conflict screen, never overwritten unseen.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class FlakyLinkEntryTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private const string Operator = "op.gianghia";

    [Fact]
    public void A_save_made_while_the_link_is_down_waits_in_the_local_draft_and_is_sent_when_the_link_is_back()
    {
        const string name = "reports/67.660/2022-Q1";
        using var link = new LinkCutter(server.App.Address);
        using var tui = new TuiHarness(server, Operator, address: link.Address);
        var entry = tui.OpenReport("2022-Q1");
        tui.Enter("12");
        Assert.Contains("● Đã kết nối", tui.Row(0));

        link.Cut();
        tui.Press(new Key('s'));

        Assert.Contains("Mất kết nối: đã giữ 1 giá trị trong bản nháp trên máy, tự gửi khi có kết nối.", tui.Screen);
        Assert.Contains("◌ Đang kết nối lại", tui.Row(0));
        Assert.StartsWith("*>1 ", tui.GridLine("I.1")); // ">": the selected row
        var waiting = tui.Navigator.Data.Drafts.Load(name);
        Assert.Equal((true, 0L, "12"), (waiting!.Queued, waiting.BaseRevision, waiting.Edits["I.1"].RawText));
        Assert.False(tui.ProbeLink());
        Assert.Null(entry.Report);

        link.Restore();
        Assert.True(tui.ProbeLink());

        Assert.Contains("Đã lưu bản nháp: 1 chỉ tiêu, phiên bản 1.", tui.Screen);
        Assert.Contains("● Đã kết nối", tui.Row(0));
        Assert.Null(tui.Navigator.Data.Drafts.Load(name));
        Assert.False(entry.HasUnsavedEdits);
        var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
        Assert.Equal(("12", 1L), (stored.Values.Single(v => v.IndicatorId == "I.1").RawText, stored.Revision));
    }

    [Fact]
    public void A_value_typed_while_a_save_is_on_its_way_stays_typed_and_in_the_draft_after_the_answer()
    {
        const string name = "reports/67.660/2024-Q1";
        using var link = new LinkCutter(server.App.Address);
        using var tui = new TuiHarness(server, Operator, address: link.Address);
        var entry = tui.OpenReport("2024-Q1");
        tui.Enter("12");
        link.Latency = TimeSpan.FromMilliseconds(400);

        tui.PressWithoutWaiting(new Key('s'));
        // While the save travels: down to I.2.1, type 3, accept.
        tui.PressWithoutWaiting(Key.CursorDown, Key.CursorDown, Key.Enter, new Key('3'), Key.Enter);
        Assert.Null(entry.Report); // the answer has not come yet
        tui.Settle();

        Assert.Equal(1L, entry.Report!.Revision);
        Assert.Equal(("12", false), (Shown(entry, "I.1"), entry.Rows.Single(r => r.Indicator?.Id == "I.1").Changed));
        Assert.Equal(("3", true), (Shown(entry, "I.2.1"), entry.Rows.Single(r => r.Indicator?.Id == "I.2.1").Changed));
        var draft = tui.Navigator.Data.Drafts.Load(name)!;
        Assert.Equal(1L, draft.BaseRevision);
        Assert.Equal(["I.2.1"], draft.Edits.Keys);
        var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
        Assert.Equal(("12", false), (Raw(stored, "I.1"), stored.Values.Any(v => v.IndicatorId == "I.2.1" && v.RawText.Length > 0)));

        link.Latency = TimeSpan.Zero;
        tui.Press(new Key('s'));
        Assert.Contains("Đã lưu bản nháp: 1 chỉ tiêu, phiên bản 2.", tui.Screen);
    }

    [Fact]
    public void A_save_still_waiting_when_the_client_was_closed_goes_out_at_the_next_start_but_a_draft_never_saved_does_not()
    {
        const string waitingName = "reports/67.660/2023-Q2";
        const string typedName = "reports/67.660/2023-Q3";
        string config;
        using (var link = new LinkCutter(server.App.Address))
        using (var tui = new TuiHarness(server, Operator, address: link.Address))
        {
            config = tui.ConfigDirectory;
            tui.OpenReport("2023-Q3");
            tui.Enter("6"); // typed, never saved
            tui.Press(Key.Esc, new Key('n'));
            tui.Press(Key.F10, new Key('y'));
        }
        using (var link = new LinkCutter(server.App.Address))
        using (var tui = new TuiHarness(server, Operator, address: link.Address, configDirectory: config))
        {
            tui.OpenReport("2023-Q2");
            tui.Enter("21");
            link.Cut();
            tui.Press(new Key('s'));
            Assert.True(tui.Navigator.Data.Drafts.Load(waitingName)!.Queued);
            tui.Press(Key.F10, new Key('y')); // closed while the save waits
        }

        using (var tui = new TuiHarness(server, Operator, configDirectory: config))
        {
            Assert.Contains("Đã có kết nối lại: đã gửi 1 bản nháp chờ gửi.", tui.Screen);
            Assert.Null(tui.Navigator.Data.Drafts.Load(waitingName));
            var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = waitingName }));
            Assert.Equal("21", Raw(stored, "I.1"));
            // The value only typed waits for the operator, who finds it when opening that report.
            Assert.False(tui.Navigator.Data.Drafts.Load(typedName)!.Queued);
            var entry = tui.OpenReport("2023-Q3");
            Assert.Null(entry.Report);
            Assert.Equal("6", entry.Rows.Single(r => r.Indicator?.Id == "I.1").ShownValue);
        }
    }

    [Fact]
    public void A_save_that_meets_a_newer_revision_shows_each_value_both_changed_and_stores_what_the_operator_chooses()
    {
        const string name = "reports/67.660/2022-Q2";
        Save(name, 0, ("I.1", "3"), ("I.2.1", "10"));
        using var tui = new TuiHarness(server, Operator);
        tui.OpenReport("2022-Q2");
        tui.Enter("5");
        tui.GoTo("I.2.1");
        tui.Enter("11");
        tui.GoTo("II.1");
        tui.Enter("7");
        // Meanwhile a colleague saves I.1 and I.2.1 from another machine.
        Save(name, 1, ("I.1", "4"), ("I.2.1", "12"));

        tui.Press(new Key('s'));

        var conflict = Assert.IsType<ConflictScreen>(tui.Current);
        Assert.Contains("Người khác đã lưu phiên bản 2; bạn sửa trên phiên bản 1.", tui.Screen);
        Assert.Contains("1 giá trị chỉ bạn sửa sẽ được gửi cùng.", tui.Screen);
        Assert.Matches(@"Mã\s+Chỉ tiêu\s+Gốc\s+Của bạn\s+Của họ\s+Chọn", tui.Screen);
        Assert.Matches(@"^ 1\s+Số văn bản chỉ đạo.*\s3\s+5\s+4\s+\?$", ConflictLine(tui, "1"));
        Assert.Matches(@"^ 2\.1\s+.*\s10\s+11\s+12\s+\?$", ConflictLine(tui, "2.1"));
        tui.Press(Key.Enter);
        Assert.Contains("Còn 2 chỉ tiêu chưa chọn", tui.Screen);
        var before = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
        Assert.Equal(2L, before.Revision); // nothing was written by the refused save

        tui.Press(new Key('m')); // I.1: mine; the cursor moves on to I.2.1
        tui.Press(new Key('t')); // I.2.1: theirs
        Assert.Equal(new Dictionary<string, ConflictChoice> { ["I.1"] = ConflictChoice.Mine, ["I.2.1"] = ConflictChoice.Theirs }, conflict.Choices);
        tui.Press(Key.Enter);

        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        Assert.Contains("Đã lưu bản nháp: 2 chỉ tiêu, phiên bản 3.", tui.Screen);
        var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
        Assert.Equal((3L, "5", "12", "7"), (stored.Revision, Raw(stored, "I.1"), Raw(stored, "I.2.1"), Raw(stored, "II.1")));
        Assert.False(entry.HasUnsavedEdits);
        Assert.Equal(("5", "12", "7"), (Shown(entry, "I.1"), Shown(entry, "I.2.1"), Shown(entry, "II.1")));
        Assert.Null(tui.Navigator.Data.Drafts.Load(name));
    }

    [Fact]
    public void On_the_conflict_screen_M_and_T_choose_for_every_row_Space_cycles_and_Esc_leaves_it_for_later()
    {
        const string name = "reports/67.660/2023-Q4";
        Save(name, 0, ("I.1", "3"), ("I.2.1", "10"));
        using var tui = new TuiHarness(server, Operator);
        var entry = tui.OpenReport("2023-Q4");
        tui.Enter("5");
        tui.GoTo("I.2.1");
        tui.Enter("11");
        Save(name, 1, ("I.1", "4"), ("I.2.1", "12"));
        tui.Press(new Key('s'));
        var conflict = Assert.IsType<ConflictScreen>(tui.Current);
        Assert.Contains("m của bạn  t của họ  b gốc  Enter gửi  Esc để sau", tui.Row(23));

        tui.Press(new Key('M'));
        Assert.All(conflict.Choices.Values, c => Assert.Equal(ConflictChoice.Mine, c));
        tui.Press(new Key('T'));
        Assert.All(conflict.Choices.Values, c => Assert.Equal(ConflictChoice.Theirs, c));
        tui.Press(Key.Home, Key.Space);
        Assert.Equal(ConflictChoice.Base, conflict.Choices["I.1"]); // theirs → base
        tui.Press(Key.Home, Key.Space);
        Assert.Equal(ConflictChoice.Mine, conflict.Choices["I.1"]); // base → mine
        Assert.Matches(@"\s3\s+5\s+4\s+của bạn$", ConflictLine(tui, "1"));
        tui.Press(new Key('?'));
        Assert.Contains("Người khác đã lưu báo cáo sau khi bạn bắt đầu sửa.", tui.Screen);
        tui.Press(Key.Esc, Key.Esc);

        // Later: back on the entry screen with the typed values, nothing written, the draft kept to send.
        Assert.Same(entry, tui.Current);
        Assert.Equal(("5", "11"), (Shown(entry, "I.1"), Shown(entry, "I.2.1")));
        var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
        Assert.Equal((2L, "4", "12"), (stored.Revision, Raw(stored, "I.1"), Raw(stored, "I.2.1")));
        Assert.True(tui.Navigator.Data.Drafts.Load(name)!.Queued);
    }

    [Fact]
    public void A_draft_left_on_an_older_revision_keeps_the_values_only_the_operator_changed_and_asks_about_the_rest()
    {
        const string name = "reports/67.660/2022-Q3";
        Save(name, 0, ("I.1", "3"), ("I.2.1", "10"));
        string config;
        using (var tui = new TuiHarness(server, Operator))
        {
            tui.OpenReport("2022-Q3");
            tui.Enter("5");
            config = tui.ConfigDirectory;
            tui.Press(Key.F10, new Key('y')); // quit; the typed value stays in the draft
        }
        // Someone else changes another value: the draft's value comes back by itself on the new revision.
        Save(name, 1, ("I.2.1", "12"));
        using (var tui = new TuiHarness(server, Operator, configDirectory: config))
        {
            var entry = tui.OpenReport("2022-Q3");
            Assert.Contains("Báo cáo có phiên bản mới hơn bản nháp; giữ 1 giá trị chỉ bạn sửa; s để lưu.", tui.Screen);
            Assert.EndsWith(" 5", tui.GridLine("I.1"));
            Assert.EndsWith(" 12", tui.GridLine("I.2.1"));
            Assert.Equal(2L, tui.Navigator.Data.Drafts.Load(name)!.BaseRevision);
            tui.Press(Key.F10, new Key('y'));
        }
        // Now someone changes the same value: opening the report asks before anything is shown as typed.
        Save(name, 2, ("I.1", "4"));
        using (var tui = new TuiHarness(server, Operator, configDirectory: config))
        {
            tui.OpenPeriod("2022-Q3");
            Assert.IsType<ConflictScreen>(tui.Current);
            // Later is allowed, but nothing can be typed over the unsettled draft.
            tui.Press(Key.Esc);
            Assert.IsType<ReportEntryScreen>(tui.Current);
            Assert.EndsWith(" 4", tui.GridLine("I.1"));
            tui.Press(new Key('7'));
            Assert.IsType<ConflictScreen>(tui.Current);
            Assert.Contains("chọn giá trị trước khi sửa tiếp", tui.Screen);
            Assert.Matches(@"^ 1\s+.*\s3\s+5\s+4\s+\?$", ConflictLine(tui, "1"));
            tui.Press(new Key('t'), Key.Enter);
            Assert.IsType<ReportEntryScreen>(tui.Current);
            var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name }));
            Assert.Equal((3L, "4"), (stored.Revision, Raw(stored, "I.1")));
            Assert.Null(tui.Navigator.Data.Drafts.Load(name));
            Assert.EndsWith(" 4", tui.GridLine("I.1"));
        }
    }

    [Fact]
    public void A_choice_and_a_note_saved_through_the_draft_are_stored_as_picked()
    {
        const string name = "reports/67.660/2022-Q4";
        using var tui = new TuiHarness(server, Operator);
        tui.OpenReport("2022-Q4");
        tui.GoTo("VII.4");
        tui.Press(Key.Enter, Key.CursorDown, Key.CursorDown, Key.Enter);
        tui.Press(new Key('n'));
        tui.Type("Đã vận hành từ tháng 3");
        tui.Press(Key.Enter, new Key('s'));
        Assert.Contains("Đã lưu bản nháp: 1 chỉ tiêu, phiên bản 1.", tui.Screen);
        var stored = tui.Call(() => server.CallAsync(Operator, Rpc.GetReport, new GetReportRequest { Name = name })).Values.Single(v => v.IndicatorId == "VII.4");
        Assert.Equal(("2", "Đã vận hành từ tháng 3"), (stored.Number, stored.Note));
        Assert.Contains("2 Hoàn thành", tui.GridLine("VII.4"));
    }

    [Fact]
    public void Leaving_without_saving_and_discarding_deletes_the_local_draft()
    {
        const string name = "reports/67.660/2023-Q1";
        using var tui = new TuiHarness(server, Operator);
        tui.OpenReport("2023-Q1");
        tui.Enter("9");
        Assert.NotNull(tui.Navigator.Data.Drafts.Load(name));
        tui.Press(Key.Esc);
        Assert.Contains("Bỏ các thay đổi chưa lưu? (Bản nháp trên máy cũng bị xóa.)", tui.Screen);
        tui.Press(new Key('y'));
        Assert.IsType<HomeScreen>(tui.Current);
        Assert.Null(tui.Navigator.Data.Drafts.Load(name));
    }

    private void Save(string name, long revision, params (string Id, string Raw)[] values)
    {
        var request = new UpdateReportValuesRequest { Name = name, BaseRevision = revision };
        request.Values.AddRange(values.Select(v => new ValueInput { IndicatorId = v.Id, RawText = v.Raw }));
        Task.Run(() => server.CallAsync(Operator, Rpc.UpdateValues, request)).GetAwaiter().GetResult();
    }

    private static string ConflictLine(TuiHarness tui, string code) =>
        tui.Lines.Single(l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"^ {System.Text.RegularExpressions.Regex.Escape(code)}\s{{3,}}\S"));

    private static string Shown(ReportEntryScreen entry, string id) => entry.Rows.Single(r => r.Indicator?.Id == id).ShownValue;

    private static string Raw(Report report, string id) => report.Values.Single(v => v.IndicatorId == id).RawText;
}
