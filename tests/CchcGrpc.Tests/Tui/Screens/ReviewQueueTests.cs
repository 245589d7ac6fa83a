using Cchc.V1;
using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// The reviewer's queue: the submitted reports of the subtree, each opened read-only with its
/// findings and history, approved after a confirmation or returned with a comment that may not be empty.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class ReviewQueueTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private static ReviewQueueScreen OpenQueue(TuiHarness tui)
    {
        tui.Press(Key.F4);
        return Assert.IsType<ReviewQueueScreen>(tui.Current);
    }

    [Fact]
    public void The_queue_lists_the_submitted_reports_of_the_reviewers_subtree_only()
    {
        using var tui = new TuiHarness(server, "rv.gianghia");
        var queue = OpenQueue(tui);
        Assert.Contains("Chờ duyệt · 67.660", tui.Row(0));
        Assert.NotEmpty(queue.Items);
        Assert.All(queue.Items, i => Assert.True(i.Report.UnitCode == "67.660" || i.Report.UnitCode.StartsWith("67.660.", StringComparison.Ordinal), i.Report.UnitCode));
        Assert.All(queue.Items, i => Assert.Contains(i.Report.Status, new[] { ReportStatus.Submitted, ReportStatus.Resubmitted }));
        Assert.Contains($"Thành phố Gia Nghĩa: {queue.Items.Count} báo cáo chờ duyệt", tui.Screen);
        Assert.Matches(@"Mã đơn vị\s+Đơn vị\s+Kỳ báo cáo\s+Trạng thái\s+Ngày gửi", tui.Screen);
        var first = queue.Items[0];
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(first.Report.UnitCode)}\s+{first.Unit!.Name[..10]}", tui.Screen);
    }

    [Fact]
    public void An_operator_has_no_review_queue()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        tui.Press(new Key('r'));
        Assert.IsType<HomeScreen>(tui.Current);
        Assert.Contains("Chỉ người duyệt mới có danh sách chờ duyệt.", tui.Screen);
    }

    [Fact]
    public void A_report_opens_read_only_with_findings_and_history_and_is_approved_after_a_confirmation()
    {
        using var tui = new TuiHarness(server, "rv.daknong");
        var queue = OpenQueue(tui);
        var (report, unit, period) = queue.Items[0];
        tui.Press(Key.Enter);
        var entry = Assert.IsType<ReportEntryScreen>(tui.Current);
        Assert.True(entry.ReadOnly);
        Assert.Contains($"Duyệt báo cáo {report.UnitCode} · {report.PeriodId}", tui.Row(0));
        Assert.Contains($"{unit!.Name} · {period!.Label} · Đã gửi", tui.Row(1));
        Assert.Contains("F9/a Duyệt  F5/r Trả lại  F3/f Lỗi  F7/H Lịch sử", tui.Row(23));
        Assert.Contains("Lịch sử thay đổi", tui.Screen); // the reviewer sees the history at once
        Assert.Contains("demo-data: Bản nháp → Đã gửi", tui.Screen);
        tui.Press(Key.Esc); // closes the history panel
        tui.Press(Key.Enter);
        Assert.False(entry.Editing);
        Assert.Contains("Báo cáo chỉ xem", tui.Screen);
        tui.Press(new Key('f'));
        Assert.Contains("Kết quả kiểm tra (", tui.Screen);
        tui.Press(Key.Esc);

        tui.Press(new Key('a'));
        Assert.Contains("Duyệt báo cáo?", tui.Screen);
        Assert.Contains($"Duyệt báo cáo của {unit.Name}, kỳ", tui.Screen); // the question wraps inside the box
        tui.Press(Key.Esc);
        Assert.IsType<ReportEntryScreen>(tui.Current);
        tui.Press(Key.F9, new Key('y'));

        Assert.IsType<ReviewQueueScreen>(tui.Current);
        Assert.Contains($"Đã duyệt báo cáo {report.UnitCode} · {period.Label}.", tui.Screen);
        Assert.DoesNotContain(queue.Items, i => i.Report.Name == report.Name);
        var stored = tui.Call(() => server.CallAsync("rv.daknong", Rpc.GetReport, new GetReportRequest { Name = report.Name }));
        Assert.Equal(ReportStatus.Approved, stored.Status);
    }

    [Fact]
    public async Task Returning_needs_a_comment_which_the_operator_then_sees()
    {
        string name;
        string comment = "Chỉ tiêu 3.1 thiếu ghi chú nguồn số liệu";
        using (var tui = new TuiHarness(server, "rv.daknong"))
        {
            var queue = OpenQueue(tui);
            var index = queue.Items.ToList().FindIndex(i => i.Report.UnitCode == "67.661" && i.Report.PeriodId == "2024");
            Assert.True(index >= 0, "Đắk Glong's 2024 report awaits review in the demo data");
            name = queue.Items[index].Report.Name;
            for (var i = 0; i < index; i++)
                tui.Press(new Key('j'));
            tui.Press(Key.Enter);
            tui.Press(Key.Esc);
            tui.Press(new Key('r'));
            Assert.Contains("Trả lại báo cáo", tui.Screen);
            Assert.Contains("Ý kiến gửi Huyện Đắk Glong (Năm 2024) — cần sửa gì:", tui.Screen);
            tui.Press(Key.Enter);
            Assert.Contains("Không được để trống.", tui.Screen);
            Assert.IsType<ReportEntryScreen>(tui.Current);
            tui.Type(comment);
            tui.Press(Key.Enter);
            Assert.IsType<ReviewQueueScreen>(tui.Current);
            Assert.Contains("Đã trả lại báo cáo 67.661 · Năm 2024.", tui.Screen);
        }
        using (var tui = new TuiHarness(server, "op.dakmil"))
        {
            Assert.Matches(@"Năm 2024\s+18/12/2024\s+Bị trả lại\s+QUÁ HẠN · Ý kiến người duyệt", tui.Screen);
            var entry = tui.OpenReport("2024");
            Assert.False(entry.ReadOnly);
            Assert.Contains("Ý kiến người duyệt: " + comment, tui.Row(2));
        }
        var stored = await server.CallAsync("op.dakmil", Rpc.GetReport, new GetReportRequest { Name = name });
        Assert.Equal((ReportStatus.Returned, comment), (stored.Status, stored.ReviewComment));
    }
}
