using CchcGrpc.Tests.Tui.Tmux;

namespace CchcGrpc.Tests.Tui.Scenario;

/// <summary>
/// The real `cchc` (no verb) in a real terminal (a tmux pane, 80×24, UTF-8) against the real cchc-server
/// in its own process (a new database with the demo organisation and reports it loads on first start):
/// an operator signs in, enters three values (one that cannot be read, then fixed), saves and submits;
/// the reviewer returns it with a comment; the operator sees the comment, fixes, resubmits; the reviewer
/// approves; the operator compares the districts. Every step is read back from the screen tmux shows.
/// </summary>
public sealed class OperatorAndReviewerScenarioTests(TerminalServer server) : IClassFixture<TerminalServer>
{
    private const string Comment = "Bổ sung số văn bản chỉ đạo";
    private const string Password = TerminalServer.Password;

    private Task<TmuxTerminal> StartCchcAsync(string configHome) =>
        // The headless tests set DisableRealDriverIO=1 in this process; the tmux server inherits it, so the
        // real client is started without it.
        TmuxTerminal.StartAsync("env", ["-u", "DisableRealDriverIO", "dotnet", TerminalServer.ClientDll, "--server", server.Address], 80, 24,
            new Dictionary<string, string> { ["LANG"] = "C.UTF-8", ["XDG_CONFIG_HOME"] = configHome, ["TERM"] = "xterm-256color" });

    private static async Task SignInAsync(TmuxTerminal terminal, string user)
    {
        await terminal.WaitForTextAsync("Tên đăng nhập", TimeSpan.FromSeconds(60));
        await terminal.TypeAsync(user);
        await terminal.PressAsync("Tab");
        await terminal.TypeAsync(Password);
        await terminal.PressAsync("Enter");
        await terminal.WaitForTextAsync("Màn hình chính");
    }

    private static async Task QuitAsync(TmuxTerminal terminal)
    {
        await terminal.PressAsync("F10");
        Assert.Equal(0, await terminal.WaitForExitAsync());
    }

    /// <summary>Esc, then a pause: a key right after ESC would reach the program as Alt+key (one escape sequence).</summary>
    private static async Task EscapeAsync(TmuxTerminal terminal)
    {
        await terminal.PressAsync("Escape");
        await Task.Delay(600);
    }

    private static async Task EnterAsync(TmuxTerminal terminal, string text)
    {
        await terminal.PressAsync("Enter");
        await terminal.TypeAsync(text);
        await terminal.PressAsync("Enter");
    }

    [Fact]
    public async Task Enter_submit_return_fix_resubmit_approve_and_compare_in_a_real_terminal()
    {
        var operatorHome = Path.Combine(server.Folder, "op-home");
        var reviewerHome = Path.Combine(server.Folder, "rv-home");

        // 1. The operator signs in, opens the oldest period on home (Quý I năm 2023, not started) and types.
        await using (var op = await StartCchcAsync(operatorHome))
        {
            await SignInAsync(op, "op.dakmil");
            var home = await op.WaitForTextAsync("Huyện Đắk Glong (67.661)");
            Assert.Contains("Vai trò: người nhập liệu", home);
            await op.PressAsync("End");
            await op.PressAsync("Enter");
            await op.WaitForTextAsync("Nhập báo cáo 67.661 · 2023-Q1");
            await op.WaitForTextAsync("I. Công tác chỉ đạo điều hành CCHC"); // the grid is loaded
            await EnterAsync(op, "abc");
            var error = await op.WaitForTextAsync("không phải giá trị của chỉ tiêu số");
            Assert.Contains("✗>1 ", error); // ">": the selected row
            await EnterAsync(op, "12");
            await op.WaitForTextAsync("*>1 ");
            await op.PressAsync("Down", "Down");
            await EnterAsync(op, "20");
            await op.PressAsync("Down");
            await EnterAsync(op, "17");
            var derived = await op.WaitForTextAsync("85%");
            Assert.Matches(@"= 2\s+Tỷ lệ hoàn thành Kế hoạch CCHC.*85%", derived);
            await op.TypeAsync("s");
            await op.WaitForTextAsync("Quý I năm 2023 · Bản nháp · phiên bản 1");
            await op.TypeAsync("p");
            await op.WaitForTextAsync("Gửi báo cáo?");
            await op.TypeAsync("y");
            await op.WaitForTextAsync("Quý I năm 2023 · Đã gửi · phiên bản 2");
            await QuitAsync(op);
        }

        // 2. The reviewer returns it with a comment (an empty one is refused).
        await using (var rv = await StartCchcAsync(reviewerHome))
        {
            await SignInAsync(rv, "rv.tinh");
            await rv.WaitForTextAsync("báo cáo chờ duyệt (F4)"); // home has loaded
            await rv.PressAsync("F4");
            await rv.WaitForTextAsync("Tỉnh Đắk Nông: ");
            await rv.WaitForTextAsync("6 tháng đầu năm 2024   Đã gửi"); // the list has loaded
            await rv.PressAsync("End", "Enter");
            await rv.WaitForTextAsync("Duyệt báo cáo 67.661 · 2023-Q1");
            await rv.WaitForTextAsync("op.dakmil: Bản nháp → Đã gửi");
            await EscapeAsync(rv);
            await rv.TypeAsync("r");
            await rv.WaitForTextAsync("Ý kiến gửi Huyện Đắk Glong");
            await rv.PressAsync("Enter");
            await rv.WaitForTextAsync("Không được để trống.");
            await rv.TypeAsync(Comment);
            await rv.PressAsync("Enter");
            await rv.WaitForTextAsync("Chờ duyệt · 67"); // back on the queue once the server has it
            await QuitAsync(rv);
        }

        // 3. The operator starts with the stored login, sees the comment, fixes and resubmits.
        await using (var op = await StartCchcAsync(operatorHome))
        {
            await op.WaitForTextAsync("Năm 2024               18/12/2024", TimeSpan.FromSeconds(60)); // home has loaded
            await op.PressAsync("End");
            var home = await op.WaitForTextAsync(" Ý kiến người duyệt: " + Comment);
            Assert.Matches(@"Quý I năm 2023\s+18/03/2023\s+Bị trả lại", home);
            await op.PressAsync("Enter");
            await op.WaitForTextAsync("Nhập báo cáo 67.661 · 2023-Q1");
            var entry = await op.WaitForTextAsync("I. Công tác chỉ đạo điều hành CCHC");
            Assert.Contains("Bị trả lại", entry);
            Assert.Contains("Ý kiến người duyệt: " + Comment, entry);
            await EnterAsync(op, "15");
            await op.TypeAsync("p"); // saves the changed value, then asks
            await op.WaitForTextAsync("Gửi báo cáo?");
            await op.TypeAsync("y");
            await op.WaitForTextAsync("Quý I năm 2023 · Đã gửi lại");
            await QuitAsync(op);
        }

        // 4. The reviewer approves.
        await using (var rv = await StartCchcAsync(reviewerHome))
        {
            await rv.WaitForTextAsync("báo cáo chờ duyệt (F4)", TimeSpan.FromSeconds(60));
            await rv.PressAsync("F4");
            await rv.WaitForTextAsync("Tỉnh Đắk Nông: ");
            await rv.WaitForTextAsync("6 tháng đầu năm 2024   Đã gửi"); // the list has loaded
            await rv.PressAsync("End", "Enter");
            var review = await rv.WaitForTextAsync("op.dakmil: Bị trả lại → Đã gửi lại");
            Assert.Contains("rv.tinh: Đã gửi → Bị trả lại · " + Comment, review);
            Assert.Contains("op.dakmil: I.1 12 → 15", review);
            await EscapeAsync(rv);
            await rv.TypeAsync("a");
            await rv.WaitForTextAsync("Duyệt báo cáo?");
            await rv.TypeAsync("y");
            await rv.WaitForTextAsync("Chờ duyệt · 67");
            await QuitAsync(rv);
        }

        // 5. The operator sees it approved and compares the districts for 2023 (I.2, the plan completion rate).
        await using (var op = await StartCchcAsync(operatorHome))
        {
            await op.WaitForTextAsync("Năm 2024               18/12/2024", TimeSpan.FromSeconds(60));
            await op.PressAsync("End");
            var home = await op.WaitForTextAsync("Quý I năm 2023         18/03/2023  Đã duyệt");
            Assert.Contains("Huyện Đắk Glong (67.661)", home);
            await op.TypeAsync("c");
            var ranked = await op.WaitForTextAsync("▶ Huyện Đắk Glong");
            Assert.Contains("các đơn vị cùng cấp (cấp huyện)", ranked);
            Assert.Matches(@"1\s+67\.661\s+▶ Huyện Đắk Glong\s+85%", ranked); // the only district with a value for this quarter
            Assert.Contains("Cao nhất 85% · thấp nhất 85% · trung vị 85% · 1 đơn vị", ranked);
            await EscapeAsync(op);
            await op.TypeAsync("q");
            Assert.Equal(0, await op.WaitForExitAsync());
        }
    }
}
