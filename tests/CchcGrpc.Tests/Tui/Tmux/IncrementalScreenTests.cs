using System.Diagnostics;
using CchcGrpc.Tests.EndToEnd;

// Not ...Tui.Terminal: a namespace of that name would hide Terminal.Gui from all code under CchcGrpc.Tests.Tui.
namespace CchcGrpc.Tests.Tui.Tmux;

/// <summary>
/// The real `cchc` in tmux (80×24): after every step of an operator's work on the entry screen (bursts of
/// row moves that scroll the grid by scroll regions, typing, panels, status messages, an overlay, leaving
/// with a confirmation) the screen tmux shows is the one a full repaint (Ctrl-L) draws. The slow-link
/// output only sends what it believes the terminal lacks; a wrong belief (a cursor one cell off, a scroll
/// the terminal did differently) shows as text left over, once seen as " 7/H" on the footer row.
/// </summary>
public sealed class IncrementalScreenTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task What_the_terminal_shows_after_each_step_is_what_a_full_repaint_draws()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // tests/CchcGrpc.Tests/bin/<config>/<tfm>
        var cchc = Path.Combine(output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName, "tui-client", "bin", output.Parent.Name, output.Name, "cchc.dll");
        var home = Path.Combine(server.Folder, "incremental-" + Guid.NewGuid().ToString("N")[..8]);
        // The headless tests set DisableRealDriverIO=1 in this process; the real client runs without it.
        await using var terminal = await TmuxTerminal.StartAsync("env", ["-u", "DisableRealDriverIO", "dotnet", cchc, "--server", server.App.Address.ToString().TrimEnd('/')], 80, 24,
            new Dictionary<string, string> { ["LANG"] = "C.UTF-8", ["XDG_CONFIG_HOME"] = home, ["TERM"] = "xterm-256color" });
        await terminal.WaitForTextAsync("Tên đăng nhập", TimeSpan.FromSeconds(60));
        await terminal.TypeAsync("op.dakmil");
        await terminal.PressAsync("Tab");
        await terminal.TypeAsync(ReportingServer.Password);
        await terminal.PressAsync("Enter");
        await terminal.WaitForTextAsync("Năm 2024", TimeSpan.FromSeconds(30)); // home has loaded

        // Each step's keys, and the text that shows once the server has answered what they asked (the
        // comparison must not catch a screen still waiting for the server).
        (string[] Keys, string? Then)[] steps =
        [
            (["End"], null), (["Enter"], "I. Công tác chỉ đạo điều hành CCHC"), // the oldest period's report, loaded
            ([.. Enumerable.Repeat("Down", 30)], null), (["NPage", "Down"], null), ([.. Enumerable.Repeat("Up", 20)], null),
            (["Enter", "1", "2", "Enter"], "Đã kiểm tra trên máy chủ"), (["Tab", "Enter", "x", "Enter"], null), (["F3"], "Kết quả kiểm tra"), (["Escape"], null),
            (["H"], "Lịch sử thay đổi"), (["Down", "Down"], null), (["Escape"], null),
            (["?"], "Trợ giúp"), (["Escape"], null), (["Escape"], "Rời báo cáo?"), (["n"], null), (["Escape"], "Rời báo cáo?"),
        ];
        foreach (var (keys, then) in steps)
        {
            await terminal.PressAsync(keys);
            if (keys[^1] == "Escape")
                await Task.Delay(600); // a key right after ESC would reach the program as Alt+key
            if (then is not null)
                await terminal.WaitForTextAsync(then);
            var shown = await SettledAsync(terminal);
            await terminal.PressAsync("C-l");
            var repainted = await SettledAsync(terminal);
            Assert.True(shown == repainted, $"after {string.Join(' ', keys)} the terminal showed\n{shown}\nwhere a repaint draws\n{repainted}");
        }
        Assert.Contains("Rời báo cáo?", await terminal.ScreenAsync()); // the last Esc asks before leaving unsaved edits
    }

    // The screen once it has stopped changing for 800 ms.
    private static async Task<string> SettledAsync(TmuxTerminal terminal)
    {
        var clock = Stopwatch.StartNew();
        var last = await terminal.ScreenAsync();
        var since = clock.Elapsed;
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(100);
            var now = await terminal.ScreenAsync();
            if (now != last)
                (last, since) = (now, clock.Elapsed);
            else if (clock.Elapsed - since >= TimeSpan.FromMilliseconds(800))
                break;
        }
        return last;
    }
}
