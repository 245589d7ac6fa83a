using System.Text.Json;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Cli;

/// <summary>`cchc plan import|show|progress` and `cchc index import|show|compare|trend` against the real server with the demo data.</summary>
public sealed class PlanAndIndexVerbTests(ReportingServer server) : IClassFixture<ReportingServer>, IDisposable
{
    private readonly CliHarness _cli = new();

    private string Address => server.App.Address.ToString().TrimEnd('/');

    public void Dispose() => _cli.Dispose();

    private Task<int> Cchc(string user, params string[] line) => _cli.RunAsync([.. line, "--server", Address, "--token", server.TokenOf(user)]);

    private string Lf => _cli.Out.ReplaceLineEndings("\n");

    [Fact]
    public async Task Plan_import_lists_every_unparsed_line_and_says_what_it_did()
    {
        Assert.Equal(0, await Cchc("rv.daknong", "plan", "import", SeedFiles.PathOf(SeedFiles.ProvincePlan2024), "--unit", "67", "--dry-run"));
        Assert.Contains("plans/67/2024 phiên bản 1 (không đổi, không ghi gì): 6 lĩnh vực, 16 nhiệm vụ, 49 hoạt động; 53 dòng không đọc được", _cli.Error, StringComparison.Ordinal);
        Assert.StartsWith("kind\tline\ttext\tmessage\nunparsed\t828\tHoạt động 1.1\tHoạt động 1.1 có 2 ô thay vì 8", Lf, StringComparison.Ordinal);
        Assert.Contains("group\t\tUBND cấp huyện\t", Lf, StringComparison.Ordinal);
        Assert.Contains("unresolved\t\tĐài PT&TH tỉnh\t", Lf, StringComparison.Ordinal);

        Assert.Equal(0, await Cchc("rv.daknong", "plan", "import", SeedFiles.PathOf(SeedFiles.ProvincePlan2024), "--unit", "67", "--dry-run", "--lang", "en", "--output", "json"));
        using var json = JsonDocument.Parse(_cli.Out);
        Assert.Equal(53, json.RootElement.EnumerateArray().Count(e => e.GetProperty("kind").GetString() == "unparsed"));
        Assert.Contains("version 1 (unchanged, nothing written)", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_show_and_progress_read_activities_their_status_and_the_derived_I_2()
    {
        Assert.Equal(0, await Cchc("rv.daknong", "plan", "show", "67/2024", "--field", "III", "--output", "json"));
        using (var json = JsonDocument.Parse(_cli.Out))
        {
            var rows = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(8, rows.Count);
            Assert.Equal("III.1.1", rows[0].GetProperty("key").GetString());
            Assert.Equal("Văn phòng UBND tỉnh (67.VP)", rows[0].GetProperty("leads").GetString());
            Assert.Equal("2024", rows[0].GetProperty("statusPeriod").GetString());
        }
        Assert.Equal(0, await Cchc("rv.daknong", "plan", "progress", "plans/67/2024", "--period", "2024", "--output", "csv"));
        Assert.StartsWith("group,key,title,activities,done,done_late,in_progress,not_started,not_done,unreported,overdue,value\nfield,I,Công tác chỉ đạo, điều hành,18,", Lf.Replace("\"Công tác chỉ đạo, điều hành\"", "Công tác chỉ đạo, điều hành", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Matches(@"\nderived,I\.2\.1,[^\n]*,49\n", Lf);
        Assert.Matches(@"\ntasks,,[^\n]*,16,[0-9]+,,,,,,,\n$", Lf);

        // The unit's report shows what the plan offers for I.2.x beside what it holds (380 typed by hand in the demo).
        Assert.Equal(0, await Cchc("rv.daknong", "report", "show", "67/2024"));
        Assert.Contains("\nI.2.1\treported\t380\t380\t", Lf, StringComparison.Ordinal);
        Assert.Contains("\nI.2.1\tplan\t49\t49\tTừ kế hoạch plans/67/2024 (phiên bản 1), lũy kế đến kỳ 2024;", Lf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operator_imports_its_plan_and_records_progress_and_a_missing_reason_is_the_servers_sentence()
    {
        var file = Path.Combine(_cli.ConfigHome, "ke-hoach-gia-nghia.txt");
        await File.WriteAllTextAsync(file, PlanServer.GiaNghiaPlan);
        Assert.Equal(0, await Cchc("op.gianghia", "plan", "import", file, "--unit", "67.660"));
        Assert.Contains("plans/67.660/2024 phiên bản 1 (tạo mới): 1 lĩnh vực, 1 nhiệm vụ, 3 hoạt động; 0 dòng không đọc được", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Cchc("op.gianghia", "plan", "progress", "67.660/2024", "--activity", "I.1.1", "--period", "2024-Q1", "--status", "done",
            "--evidence", "12/KH-UBND", "--evidence-date", "2024-02-01"));
        Assert.StartsWith("activity\tperiod\tstatus\tnote\treason\tevidence\tevidence_date\trecorded_by\trecorded_at\nI.1.1\t2024-Q1\tdone\t\t\t12/KH-UBND\t2024-02-01\top.gianghia\t", Lf, StringComparison.Ordinal);
        Assert.Equal(1, await Cchc("op.gianghia", "plan", "progress", "67.660/2024", "--activity", "I.1.2", "--period", "2024-Q2", "--status", "khong-thuc-hien"));
        Assert.Contains("hãy ghi rõ lý do", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Cchc("op.gianghia", "plan", "show", "67.660/2024", "--overdue"));
        Assert.Contains("\nI.1.2\t", Lf, StringComparison.Ordinal);
        Assert.DoesNotContain("\nI.1.1\t", Lf, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statuses_are_taken_as_a_Vietnamese_office_types_them_and_show_gives_the_reason_and_evidence()
    {
        // Đắk Mil's own plan (led by its Phòng Nội vụ, no unit of the organisation, so its operator records): the status in Vietnamese words.
        var file = Path.Combine(_cli.ConfigHome, "ke-hoach-dak-mil.txt");
        await File.WriteAllTextAsync(file, PlanDocuments.District("huyện Đắk Mil", 2024,
            ("1.1", "Ban hành Kế hoạch CCHC năm 2024 của huyện", "Phòng Nội vụ", "Tháng 1", "Tháng 3"),
            ("1.2", "Kiểm tra công tác CCHC tại UBND các xã, thị trấn", "Phòng Nội vụ", "Tháng 4", "Tháng 6")));
        Assert.Equal(0, await Cchc("op.dakmil", "plan", "import", file, "--unit", "67.661"));
        Assert.Equal(0, await Cchc("op.dakmil", "plan", "progress", "67.661/2024", "--activity", "I.1.2", "--period", "2024-Q2", "--status", "Không thực hiện",
            "--reason", "Chưa có kinh phí"));
        Assert.Contains("\nI.1.2\t2024-Q2\tnot-done\t\tChưa có kinh phí\t", Lf, StringComparison.Ordinal);
        Assert.Equal(0, await Cchc("op.dakmil", "plan", "progress", "67.661/2024", "--activity", "I.1.1", "--period", "2024-Q1", "--status", "hoàn thành",
            "--evidence", "12/KH-UBND", "--evidence-date", "2024-02-01"));
        Assert.Contains("\nI.1.1\t2024-Q1\tdone\t", Lf, StringComparison.Ordinal);
        Assert.Equal(2, await Cchc("op.dakmil", "plan", "progress", "67.661/2024", "--activity", "I.1.1", "--period", "2024-Q1", "--status", "xong"));
        Assert.Contains("--status must be not-started, in-progress, done, done-late or not-done, not \"xong\"", _cli.Error, StringComparison.Ordinal);

        // What was recorded is what `plan show` gives back: the reason of the dropped one, the evidence of the done one.
        Assert.Equal(0, await Cchc("op.dakmil", "plan", "show", "67.661/2024", "--period", "2024-Q3", "--output", "json"));
        using var json = JsonDocument.Parse(_cli.Out);
        var rows = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);
        Assert.Equal(("not-done", "Chưa có kinh phí", "overdue"), (rows["I.1.2"].GetProperty("status").GetString(), rows["I.1.2"].GetProperty("reason").GetString(), rows["I.1.2"].GetProperty("overdue").GetString()));
        Assert.Equal(("done", "12/KH-UBND", "2024-02-01"), (rows["I.1.1"].GetProperty("status").GetString(), rows["I.1.1"].GetProperty("evidence").GetString(), rows["I.1.1"].GetProperty("evidenceDate").GetString()));
    }

    [Fact]
    public async Task Index_show_compare_and_trend_mark_demo_values()
    {
        Assert.Equal(0, await Cchc("rv.daknong", "index", "show", "--kind", "par", "--unit", "67", "--year", "2024"));
        Assert.Contains("SỐ LIỆU MẪU (demo)", _cli.Error, StringComparison.Ordinal);
        Assert.StartsWith("code\tparent\tname\tmax_points\tself_assessed\tappraised\tscore\nI\t\tCông tác chỉ đạo, điều hành CCHC\t9\t", Lf, StringComparison.Ordinal);
        Assert.Matches(@"\ntotal\t\tPAR 67 2024\t100\t[0-9.]+\t[0-9.]+\t[0-9.]+\n", Lf);

        Assert.Equal(0, await Cchc("rv.daknong", "index", "trend", "--kind", "par", "--unit", "67", "--output", "csv"));
        Assert.Matches(@"^year,unit,total,delta,rank,peers,places_gained,demo\n2022,67,[0-9.]+,,45,63,,demo\n2023,67,[0-9.]+,-?[0-9.]+,38,63,7,demo\n2024,", Lf);

        Assert.Equal(0, await Cchc("rv.daknong", "index", "compare", "--kind", "par", "--year", "2024", "--parent", "67", "--level", "department", "--lang", "en"));
        Assert.Equal(9, Lf.Trim().Split('\n').Length);
        Assert.Contains("cchc: no result: 67.BDT", _cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_import_of_results_and_of_criterion_plans()
    {
        var file = Path.Combine(_cli.ConfigHome, "pci.json");
        await File.WriteAllTextAsync(file, """{"source": "Thử nghiệm CLI", "results": [{"kind": "pci", "unit": "67", "year": 2025, "total": 66.1, "rank": 40, "peerCount": 63}]}""");
        Assert.Equal(0, await Cchc("admin", "index", "import", file, "--dry-run"));
        Assert.Contains("pci\t67\t2025\t66.1\t40\t63\t\tcreated", Lf, StringComparison.Ordinal);
        Assert.Equal(0, await Cchc("admin", "index", "import", file));
        Assert.Equal(0, await Cchc("admin", "index", "import", file));
        Assert.Contains("\tunchanged", Lf, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, """{"results": [{"kind": "pci", "unit": "67", "year": 2025, "total": 66.1, "rank": 70, "peerCount": 63}]}""");
        Assert.Equal(1, await Cchc("admin", "index", "import", file, "--lang", "en"));
        Assert.Contains("nothing was written", _cli.Error, StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, """{"results": [{"kind": "ppp", "unit": "67", "year": 2025}]}""");
        Assert.Equal(1, await Cchc("admin", "index", "import", file));
        Assert.Contains("kind \"ppp\" is not par, sipas, papi, pci or dti", _cli.Error, StringComparison.Ordinal);

        // Seed 002 as it stands: its title names the year ("… PAPI, PAR INDEX năm 2020"), as the help's example has it.
        Assert.Equal(0, await Cchc("rv.daknong", "index", "import", SeedFiles.PathOf(SeedFiles.OfficeIndexReport2020), "--criteria", "--unit", "67.VP"));
        Assert.Equal("kind\tunit\tyear\tcriteria\ttasks\tjoined_lines\toutcome\npapi\t67.VP\t2020\t3\t8\t5\tcreated\npar\t67.VP\t2020\t15\t12\t5\tcreated\n", Lf);
        Assert.Equal(0, await Cchc("rv.daknong", "index", "show", "--kind", "par", "--unit", "67.VP", "--year", "2020", "--criteria", "--output", "json"));
        using var json = JsonDocument.Parse(_cli.Out);
        Assert.Equal(16, json.RootElement.GetArrayLength()); // 12 tasks and 4 criteria without any (1, 1.2, 2, 4)
    }

    [Fact]
    public async Task Help_in_both_languages_and_usage_errors()
    {
        Assert.Equal(0, await _cli.RunAsync("plan", "--help"));
        Assert.Contains("Cách dùng: cchc plan import FILE --unit U", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("cchc plan progress 67/2024 --activity I.2.5", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("chỉ hoạt động quá hạn", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("not-done (không thực hiện)", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("--status \"không thực hiện\" --reason", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("index", "--help", "--lang", "en"));
        Assert.Contains("Usage: cchc index import FILE.json", _cli.Out, StringComparison.Ordinal);
        Assert.Contains("criterion improvement plans", _cli.Out, StringComparison.Ordinal);
        Assert.Equal(2, await _cli.RunAsync("plan", "show"));
        Assert.Contains("PLAN is required", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await _cli.RunAsync("index", "rank", "--kind", "par"));
        Assert.Contains("the index action is import, show, compare or trend", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(2, await _cli.RunAsync("plan", "progress", "67/2024", "--activity", "I.2.1", "--status", "done"));
        Assert.Contains("--period is required", _cli.Error, StringComparison.Ordinal);
    }
}
