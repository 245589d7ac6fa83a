using Cchc.V1;
using CchcGrpc.Client.Connection;

// Not ...Tui.Terminal: a namespace of that name would hide Terminal.Gui from all code under CchcGrpc.Tests.Tui.
namespace CchcGrpc.Tests.Tui.Tmux;

/// <summary>
/// The real `cchc` (no verb: the terminal UI) in a real terminal (tmux, 80×24) against the real
/// cchc-server in its own process: what an operator does over SSH, asserted on the captured screen.
/// </summary>
public sealed class CchcInATerminalTests(TerminalServer server) : IClassFixture<TerminalServer>
{
    const string Password = TerminalServer.Password;

    [Fact]
    public async Task An_operator_signs_in_enters_a_value_saves_the_draft_and_the_server_holds_it()
    {
        await using TmuxTerminal terminal = await TmuxTerminal.StartAsync("dotnet", [TerminalServer.ClientDll, "--server", server.Address],
            environment: new Dictionary<string, string>
            {
                ["XDG_CONFIG_HOME"] = Path.Combine(server.Folder, "config"),
                ["LANG"] = "C.UTF-8",
                ["TERM"] = "xterm-256color",
                ["DOTNET_NOLOGO"] = "1",
            });

        await terminal.WaitForTextAsync("Tên đăng nhập", TimeSpan.FromSeconds(60));
        await terminal.TypeAsync("op.dakmil");
        await terminal.PressAsync("Tab");
        await terminal.TypeAsync(Password);
        await terminal.PressAsync("Enter");

        // The home screen lists the periods from the calendar, newest (this year's annual report) first.
        int year = TimeProvider.System.GetUtcNow().Year;
        string home = await terminal.WaitForTextAsync($"Năm {year}");
        Assert.Contains("Màn hình chính", home, StringComparison.Ordinal);
        Assert.Contains("Đã kết nối", home, StringComparison.Ordinal);

        // The newest period is first; Enter opens its entry screen on the first indicator.
        await terminal.PressAsync("Enter");
        string entry = await terminal.WaitForTextAsync("Số văn bản chỉ đạo CCHC");
        Assert.Contains("Nhập báo cáo 67.661", entry, StringComparison.Ordinal);
        await terminal.PressAsync("Enter");
        await terminal.TypeAsync("5");
        await terminal.PressAsync("Enter");
        await terminal.PressAsync("F6");

        // The header says the draft is stored (revision 1); the status line's "Đã lưu bản nháp" soon gives way
        // to the server's check, so it is not waited for.
        string saved = await terminal.WaitForTextAsync("Bản nháp · phiên bản 1");
        Assert.Matches(@"1\s+Số văn bản chỉ đạo CCHC.*\s5\s*$", saved.Split('\n').First(l => l.Contains("Số văn bản chỉ đạo CCHC", StringComparison.Ordinal)));

        using var session = new ServerSession(server.Address, await TokenAsync());
        Report stored = await session.Reports.GetReportAsync(new GetReportRequest { Name = $"reports/67.661/{year}" });
        Assert.Equal("5", stored.Values.Single(v => v.IndicatorId == "I.1").RawText);
    }

    async Task<string> TokenAsync()
    {
        using var anonymous = new ServerSession(server.Address, null);
        return (await anonymous.Auth.LoginAsync(new LoginRequest { UserName = "op.dakmil", Password = Password })).Token;
    }
}
