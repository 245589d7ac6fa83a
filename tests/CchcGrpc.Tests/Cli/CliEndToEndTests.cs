using Cchc.V1;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Cli;

/// <summary>`cchc` against the real server over the wire: sign-in, listing, showing, exporting and importing.</summary>
public sealed class CliEndToEndTests(ReportingServer server) : IClassFixture<ReportingServer>, IDisposable
{
    private readonly CliHarness _cli = new();

    private string Address => server.App.Address.ToString().TrimEnd('/');

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Login_stores_the_token_with_the_server_readable_only_by_the_user_and_later_verbs_use_it()
    {
        Assert.Equal(0, await _cli.RunAsync(ReportingServer.Password + "\n", false, "login", "--server", Address, "--user", "rv.daknong", "--password-stdin"));
        var file = Path.Combine(_cli.ConfigHome, "cchc", "token");
        Assert.Contains("rv.daknong", _cli.Out, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Contains(Address, await File.ReadAllTextAsync(file), StringComparison.Ordinal);

        // No --token: the stored login (and its server) are used.
        Assert.Equal(0, await _cli.RunAsync("units", "--parent", "67", "--level", "district", "--include-dissolved", "--output", "csv"));
        Assert.Contains("67.660,Thành phố Gia Nghĩa,district,67,", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_or_token_exits_3()
    {
        Assert.Equal(3, await _cli.RunAsync("sai-mat-khau\n", false, "login", "--server", Address, "--user", "rv.daknong", "--password-stdin"));
        Assert.Contains("UNAUTHENTICATED", _cli.Error, StringComparison.Ordinal);
        Assert.Equal(3, await _cli.RunAsync("units", "--server", Address, "--token", "khong-hop-le"));
        // Not signed in: signing in is the way out, so the message says how.
        Assert.Contains("UNAUTHENTICATED", _cli.Error, StringComparison.Ordinal);
        Assert.Contains("Hãy chạy `cchc login` hoặc dùng --token.", _cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_cli.ConfigHome, "cchc", "token")));
    }

    [Fact]
    public async Task The_servers_refusal_is_printed_in_the_language_of_the_command_line()
    {
        var token = await SignInAsync("op.gianghia");
        Assert.Equal(3, await _cli.RunAsync("report", "show", "reports/60/2023", "--server", Address, "--token", token));
        Assert.Equal("cchc: máy chủ từ chối quyền truy cập (PERMISSION_DENIED): op.gianghia (operator) không được phép xem báo cáo này (reports/60/2023). Tài khoản này không có quyền đó; nếu cần, hãy đăng nhập bằng tài khoản khác (`cchc login`).",
            _cli.Error.Trim());
        Assert.Equal(1, await _cli.RunAsync("report", "show", "reports/67.660/2019", "--server", Address, "--token", token, "--lang", "en"));
        Assert.Equal("cchc: the server rejected the request (NOT_FOUND): Report reports/67.660/2019 does not exist.", _cli.Error.Trim());
    }

    [Fact]
    public async Task Report_show_and_export_print_the_values_as_entered()
    {
        var token = await SignInAsync("rv.daknong");
        Assert.Equal(0, await _cli.RunAsync("--server", Address, "--token", token, "report", "show", "reports/67/2023", "--output", "json"));
        using var shown = System.Text.Json.JsonDocument.Parse(_cli.Out);
        Assert.Contains(shown.RootElement.EnumerateArray(), v => v.GetProperty("indicator").GetString() == "III.3.1" && v.GetProperty("state").GetString() == "reported");

        Assert.Equal(0, await _cli.RunAsync("export", "--unit", "67", "--period", "2023", "--server", Address, "--token", token));
        Assert.StartsWith("unit,period,indicator,value,note\n67,2023,", _cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_appendix_imported_for_a_district_keeps_what_a_district_has_and_exported_and_imported_again_changes_nothing()
    {
        var token = await SignInAsync("op.gianghia");
        var seed = SeedFiles.PathOf(SeedFiles.ProvinceAnnual2022);
        string[] common = ["--server", Address, "--token", token, "--output", "json"];
        var code = await _cli.RunAsync(["import", seed, "--unit", "67.660", "--period", "2022", .. common]);
        if (typeof(ServerApp).Assembly.GetType("CchcGrpc.Server.Services.ImportsService") is null)
        {
            // Until the server implements Imports, the client says so plainly.
            Assert.Equal(1, code);
            Assert.Contains("UNIMPLEMENTED", _cli.Error, StringComparison.Ordinal);
            return;
        }
        // Gia Nghĩa (a district) reports on the province's form, whose rows also count the province's
        // departments, its own documents and units: those 13 values are flagged and not stored.
        Assert.Equal(1, code);
        Assert.Equal((106, 13), (Summary("imported"), Summary("rejected")));
        using (var result = System.Text.Json.JsonDocument.Parse(_cli.Out))
        {
            var rejected = result.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("status").GetString() == "STATUS_REJECTED").ToList();
            Assert.Equal(
                ["I.3.1", "II.1.1", "II.2.1", "II.3.1", "III.3.1", "IV.1.1", "IV.1.3", "IV.1.4", "IV.1.5.1", "IV.1.5.2", "VII.5.1.1", "VII.5.2.1", "VII.5.3.1"],
                rejected.Select(r => r.GetProperty("indicatorId").GetString()));
            Assert.Contains("'Số sở, ngành đã kiểm tra' counts sở, ngành, which a district does not have", rejected[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        // The same command again is recognised by its key and writes nothing.
        Assert.Equal(0, await _cli.RunAsync(["import", seed, "--unit", "67.660", "--period", "2022", .. common]));
        Assert.Equal(1, Summary("replayedBatches"));

        var csv = Path.Combine(_cli.ConfigHome, "67.660-2022.csv");
        Assert.Equal(0, await _cli.RunAsync(["export", "--unit", "67.660", "--period", "2022", "-o", csv, .. common]));
        var exported = await File.ReadAllLinesAsync(csv);
        Assert.Contains("67.660,2022,III.1.4,1.909,", exported);
        Assert.DoesNotContain(exported, l => l.StartsWith("67.660,2022,I.3.1,", StringComparison.Ordinal));
        Assert.Equal(0, await _cli.RunAsync(["import", csv, .. common]));
        Assert.Equal((0, 0, exported.Length - 1, 0), (Summary("imported"), Summary("updated"), Summary("unchanged"), Summary("rejected")));

        Assert.Equal(0, await _cli.RunAsync(["export", "--unit", "67.660", "--period", "2022", .. common]));
        Assert.Equal(await File.ReadAllTextAsync(csv), _cli.Out);
    }

    [Fact]
    public async Task A_rolled_up_export_lists_choices_as_units_per_option()
    {
        var token = await SignInAsync("rv.daknong");
        // The demo departments answer VII.1 (Kiến trúc CQĐT) and VII.2 (họp trực tuyến); the province's roll-up counts them.
        var rollUp = await server.CallAsync("rv.daknong", Rpc.RollUp, new RollUpRequest { UnitCode = "67", PeriodId = "2024", IndicatorIds = { "VII.1", "VII.2" } });
        var architecture = rollUp.Values.Single(v => v.IndicatorId == "VII.1").Distribution;
        var meetings = rollUp.Values.Single(v => v.IndicatorId == "VII.2").Distribution;
        Assert.True(architecture.Values.Sum() > 0 && meetings.Values.Sum() > 0, rollUp.ToString());
        var expectedArchitecture = $"Chưa: {architecture.GetValueOrDefault("0")}; Hoàn thành: {architecture.GetValueOrDefault("1")}";
        var expectedMeetings = $"Chưa có: {meetings.GetValueOrDefault("0")}; 2 cấp: {meetings.GetValueOrDefault("1")}; 3 cấp: {meetings.GetValueOrDefault("2")}";
        string[] common = ["export", "--rollup", "--unit", "67", "--period", "2024", "--server", Address, "--token", token];

        Assert.Equal(0, await _cli.RunAsync([.. common, "--format", "json"]));
        using var json = System.Text.Json.JsonDocument.Parse(_cli.Out);
        var values = json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("indicator").GetString()!, r => r.GetProperty("value").GetString());
        Assert.Equal(expectedArchitecture, values["VII.1"]);
        Assert.Equal(expectedMeetings, values["VII.2"]);

        Assert.Equal(0, await _cli.RunAsync(common));
        Assert.Contains($"67,2024,VII.1,{expectedArchitecture},Số đơn vị theo từng lựa chọn\n", _cli.Out, StringComparison.Ordinal);

        Assert.Equal(0, await _cli.RunAsync([.. common, "--format", "appendix"]));
        Assert.Contains($"\t{expectedMeetings}\tSố đơn vị theo từng lựa chọn\n", _cli.Out, StringComparison.Ordinal);
    }

    private int Summary(string name)
    {
        using var result = System.Text.Json.JsonDocument.Parse(_cli.Out);
        return result.RootElement.GetProperty("summary").GetProperty(name).GetInt32();
    }

    private async Task<string> SignInAsync(string user)
    {
        Assert.Equal(0, await _cli.RunAsync(ReportingServer.Password + "\n", false, "login", "--server", Address, "--user", user, "--password-stdin"));
        var stored = await File.ReadAllTextAsync(Path.Combine(_cli.ConfigHome, "cchc", "token"));
        using var json = System.Text.Json.JsonDocument.Parse(stored);
        return json.RootElement.GetProperty("Token").GetString()!;
    }
}
