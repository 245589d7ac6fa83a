using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Domain.Plans;

/// <summary>
/// Seed 003, Đắk Nông's 2024 CCHC plan, read as its text stands. The counts below were made by hand
/// from the appendix (lines 132–881 of the seed; its last line, a lone space, has no line break): each "LĨNH VỰC", "Nhiệm vụ" and "Hoạt động" cell
/// counted with `grep -n` and checked row by row for its eight cells (a blank line ends each row).
/// The table starts inside field I: lines 135–141 are task 2's title repeated, without the field
/// heading or the "Nhiệm vụ 2" cell (task 1 of field I is not in the text at all). Field I: tasks
/// 2 (activities 2.1–2.5), 3 (3.1–3.6), 4 (4.1–4.2), 5 (5.1–5.2), 6 (6.1–6.3) = 5 tasks, 18
/// activities. II: 1 (1.1–1.3), 2 (2.1–2.4) = 2, 7. III: 1 (1.1–1.4), 2 (2.1–2.4) = 2, 8.
/// IV: 1 (1.1–1.2), 2 (2.1–2.3), 3 (3.1–3.2) = 3, 7. V: 1 (1.1–1.2), 2 (2.1 printed twice), 3
/// (3.1–3.5) = 3, 9. VI: task 1 (line 818); from line 828 to the end (881) the text has lost cells
/// and row breaks: "Hoạt động 1.1" has 2 cells, 1.2 has 2, 2.1 has 13 (two rows glued), 1.2 (of
/// field VII, whose heading is lost) 17; 2.4 (after the one blank line, 866) has eight cells but its
/// start/end cells are texts of the next row, and it stands under task 1; 3.2 has 4. None is whole,
/// so those 53 non-empty lines are listed, not imported. Complete: 6 fields, 16 tasks, 49 activities.
/// </summary>
public sealed class PlanDocumentReaderTests
{
    private static readonly PlanReading Reading = PlanDocumentReader.Read(File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvincePlan2024)));

    [Fact]
    public void The_decision_theme_and_year_come_from_the_document()
    {
        Assert.Equal(2024, Reading.Year);
        Assert.Equal("1794/QĐ-UBND", Reading.Decision.Number);
        Assert.Equal(new DateOnly(2023, 12, 27), Reading.Decision.Date);
        Assert.Equal("CHỦ TỊCH", Reading.Decision.SignerTitle);
        Assert.Equal("Hồ Văn Mười", Reading.Decision.Signer);
        Assert.StartsWith("ĐẨY MẠNH CẢI CÁCH THỦ TỤC HÀNH CHÍNH; KIỆN TOÀN", Reading.Theme, StringComparison.Ordinal);
        Assert.EndsWith("MỘT PHẦN VÀ TOÀN TRÌNH", Reading.Theme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hand_counted_fields_tasks_and_activities_come_through()
    {
        Assert.Equal(["I", "II", "III", "IV", "V", "VI"], Reading.Fields.Select(f => f.Roman));
        Assert.Equal([5, 2, 2, 3, 3, 1], Reading.Fields.Select(f => f.Tasks.Count));
        Assert.Equal([18, 7, 8, 7, 9, 0], Reading.Fields.Select(f => f.Tasks.Sum(t => t.Activities.Count)));
        Assert.Equal(16, Reading.Fields.Sum(f => f.Tasks.Count));
        Assert.Equal(49, Reading.Activities.Count());
        Assert.Equal(["2", "3", "4", "5", "6"], Reading.Fields[0].Tasks.Select(t => t.Number));
        Assert.Equal([5, 6, 2, 2, 3], Reading.Fields[0].Tasks.Select(t => t.Activities.Count));
        Assert.Equal("CẢI CÁCH THỂ CHẾ", Reading.Fields[1].Title);
        Assert.Equal("CẢI CÁCH TỔ CHỨC BỘ MÁY NHÀ NƯỚC", Reading.Fields[3].Title);
        Assert.Equal("Tổ chức thực hiện công tác tài chính - ngân sách", Reading.Fields[5].Tasks[0].Title);
    }

    [Fact]
    public void What_the_text_lacks_is_inferred_openly()
    {
        var fieldI = Reading.Fields[0];
        Assert.True(fieldI.HeadingInferred);
        Assert.Equal("Công tác chỉ đạo, điều hành", fieldI.Title);
        Assert.True(fieldI.Tasks[0].NumberInferred);
        Assert.Equal("Công tác tuyên truyền, kiểm tra CCHC", fieldI.Tasks[0].Title);
        Assert.False(fieldI.Tasks[1].NumberInferred);
        Assert.Contains(Reading.Notes, n => n.Line == 135 && n.Text.En.Contains("number 2 taken from activity 2.1", StringComparison.Ordinal));
        Assert.Contains(Reading.Notes, n => n.Line == 135 && n.Text.En.Contains("starts at task 2", StringComparison.Ordinal));
        // Field V task 2 prints "Hoạt động 2.1" twice (lines 728 and 738): both kept, told apart.
        var twice = Reading.Fields[4].Tasks[1].Activities;
        Assert.Equal(["V.2.1", "V.2.1#2"], twice.Select(a => a.Key));
        Assert.Equal("Bổ nhiệm công chức, viên chức đúng quy định", twice[1].Title);
        Assert.Contains(Reading.Notes, n => n.Line == 738);
    }

    [Fact]
    public void Every_line_of_the_broken_tail_is_listed_with_its_number_and_nothing_else_is()
    {
        Assert.Equal(Enumerable.Range(828, 54).Where(l => l != 866), Reading.Unparsed.Select(u => u.Line));
        Assert.Contains("not times", Reading.Unparsed.Single(u => u.Line == 867).Reason.En, StringComparison.Ordinal);
        Assert.Equal("Hoạt động 1.1", Reading.Unparsed[0].Text);
        Assert.Contains("2 cells instead of 8", Reading.Unparsed[0].Reason.En, StringComparison.Ordinal);
        Assert.Contains("có 13 ô", Reading.Unparsed.Single(u => u.Line == 834).Reason.Vi, StringComparison.Ordinal);
        Assert.Equal("Sở Thông tin và Truyền thông", Reading.Unparsed[^2].Text);
        Assert.Equal((881, ""), (Reading.Unparsed[^1].Line, Reading.Unparsed[^1].Text)); // the file ends in a lone-space cell
    }

    [Fact]
    public void Sampled_activities_match_the_seed_column_by_column()
    {
        var byKey = Reading.Activities.ToDictionary(a => a.Key);

        var a = byKey["I.2.1"]; // lines 143–151
        Assert.Equal(("2", "2.1", 143), (a.TaskNumber, a.Number, a.SourceLine));
        Assert.Equal("Tuyên truyền CCHC trên sóng Đài Phát thanh và Truyền hình tỉnh", a.Title);
        Assert.Equal("Đảm bảo các nội dung tuyên truyền CCHC đến được với người dân, doanh nghiệp", a.Requirement);
        Assert.Equal("Bản tin/chuyên mục được phát sóng định kỳ", a.Product);
        Assert.Equal(["Sở Nội vụ", "Đài PT&TH tỉnh"], a.Leads.Select(l => l.Text));
        Assert.Equal(["Các cơ quan, đơn vị có liên quan"], a.Cooperating.Select(l => l.Text));
        Assert.Equal((1, 12), (a.Start.Month!.Value, a.End.Month!.Value));
        Assert.Equal("", a.Note);

        var b = byKey["I.3.5"]; // lines 243–251: months given as text
        Assert.Equal("Đánh giá, xác định Chỉ số CCHC cấp tỉnh năm 2024", b.Title);
        Assert.Equal("Văn bản triển khai tự đánh giá của UBND tỉnh", b.Product);
        Assert.Null(b.Start.Month);
        Assert.Equal("Theo quy định của Bộ Nội vụ", b.Start.Text);
        Assert.Equal("Theo quy định của Bộ Nội vụ", b.End.Text);

        var c = byKey["I.3.6"]; // lines 253–261: a start in words, no end
        Assert.Equal("Sau khi Bộ, ngành Trung ương công bố các Chỉ số", c.Start.Text);
        Assert.Equal(PlanTiming.None, c.End);

        var d = byKey["I.3.2"]; // line 217: no space after the semicolon
        Assert.Equal(["Sở Nội vụ", "UBND cấp huyện"], d.Leads.Select(l => l.Text));

        var e = byKey["I.4.1"]; // lines 273–281
        Assert.Equal("Các thành viên Ban Chỉ đạo", e.Cooperating.Single().Text);
        Assert.Equal(("Thường xuyên", "Thường xuyên"), (e.Start.Text, e.End.Text));

        var f = byKey["III.1.2"]; // lines 488–496: the seed's own typo is kept as printed
        Assert.Equal("Các '1THC được rà soát, đánh giá, đề xuất phương án đơn giản hóa", f.Requirement);
        Assert.Equal("Văn phòng UBND tỉnh", f.Leads.Single().Text);

        var g = byKey["III.2.4"]; // lines 558–566
        Assert.Equal("Thực hiện cập nhật quy trình nội bộ chuẩn", g.Title);
        Assert.Equal("Hệ thống Một cửa điện tử được cập nhật đầy đủ các quy trình nội bộ", g.Product);
        Assert.Equal(["Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông"], g.Leads.Select(l => l.Text));
        Assert.Equal((7, 9), (g.Start.Month!.Value, g.End.Month!.Value));

        var h = byKey["V.3.5"]; // lines 798–806, the last complete activity
        Assert.Equal("Tổ chức đánh giá, xếp loại CBCCVC làm cơ sở cho công tác thi đua, khen thưởng", h.Title);
        Assert.Equal("100% CBCCVC được đánh giá xếp loại theo đúng năng lực, nhiệm vụ được giao", h.Requirement);
        Assert.Equal("Hướng dẫn của Sở Nội vụ; báo cáo của các đơn vị, địa phương", h.Product);
        Assert.Equal((9, 12), (h.Start.Month!.Value, h.End.Month!.Value));
        Assert.Equal(798, h.SourceLine);
    }
}
