// Not ...Tui.Terminal: a namespace of that name would hide Terminal.Gui from all code under CchcGrpc.Tests.Tui.
namespace CchcGrpc.Tests.Tui.Tmux;

/// <summary>The tmux harness itself, on small programs: size, typed text, keys, screen text, exit status.</summary>
public sealed class TmuxTerminalTests
{
    [Fact]
    public async Task The_program_sees_the_fixed_size_and_prints_what_was_typed()
    {
        await using TmuxTerminal terminal = await TmuxTerminal.StartAsync("bash",
            ["--norc", "--noprofile", "-c", "stty size; read -r name; echo \"Xin chào, $name\"; exit 3"], cols: 100, rows: 30,
            environment: new Dictionary<string, string> { ["LANG"] = "C.UTF-8" });

        await terminal.WaitForTextAsync("30 100");
        await terminal.TypeAsync("Đắk Mil");
        await terminal.PressAsync("Enter");

        string screen = await terminal.WaitForTextAsync("Xin chào, Đắk Mil");
        Assert.Equal(3, await terminal.WaitForExitAsync());
        Assert.StartsWith("30 100", screen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_keys_arrive_as_the_terminal_sends_them()
    {
        // od shows the bytes of the keys: Escape, Down arrow (ESC [ B in normal cursor mode), Tab.
        await using TmuxTerminal terminal = await TmuxTerminal.StartAsync("bash",
            ["--norc", "--noprofile", "-c", "stty raw -echo; head -c 5 | od -An -c; stty sane; sleep 30"]);

        await terminal.PressAsync("Escape", "Down", "Tab");

        string screen = await terminal.WaitForTextAsync("\\t");
        Assert.Matches(@"033\s+033\s+\[\s+B\s+\\t", screen);
    }

    [Fact]
    public async Task Waiting_for_text_that_never_comes_fails_with_the_screen()
    {
        await using TmuxTerminal terminal = await TmuxTerminal.StartAsync("bash", ["--norc", "--noprofile", "-c", "echo sẵn sàng; sleep 30"]);

        TimeoutException error = await Assert.ThrowsAsync<TimeoutException>(() => terminal.WaitForTextAsync("không bao giờ", TimeSpan.FromSeconds(1)));

        Assert.Contains("sẵn sàng", error.Message, StringComparison.Ordinal);
    }
}
