using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Client.Tui.SlowLink;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Tui.Screens;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Host;

/// <summary>
/// What the screens cost on the wire to the terminal, through the slow-link output the client uses:
/// the issue's targets (≤ 100 B a digit typed in a field, ≤ 300 B a row move, nothing while idle),
/// measured on the entry grid at 80×24 with the real server's catalog. The bench measures the spread.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class BytesPerKeyTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public void Typing_a_digit_moving_a_row_and_idling_stay_within_the_targets()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        tui.OpenReport("2022");
        tui.Press(Key.CursorDown);
        tui.Press(Key.CursorDown);
        var rowMove = tui.LastKeyBytes;
        tui.Press(Key.Enter);
        tui.Type("1");
        var digit = tui.LastKeyBytes;
        tui.Press(Key.Esc);
        var before = tui.Sink.BytesWritten;
        tui.Settle();
        tui.Settle();
        Assert.Equal(0, tui.Sink.BytesWritten - before);
        Assert.InRange(digit, 1, 100);
        Assert.InRange(rowMove, 1, 300);
    }

    [Fact]
    public void Mouse_tracking_is_never_switched_on_and_ctrl_l_repaints_everything()
    {
        using var tui = new TuiHarness(server, "op.dakmil");
        tui.Press(Key.CursorDown);
        var move = tui.LastKeyBytes;
        tui.Press(Key.L.WithCtrl);
        Assert.True(tui.LastKeyBytes > 10 * move, $"Ctrl-L sent {tui.LastKeyBytes} B, a move {move} B");
        Assert.DoesNotContain("\x1b[?1000h", tui.Sink.Captured);
        Assert.DoesNotContain("\x1b[?1003h", tui.Sink.Captured);
        Assert.IsType<HomeScreen>(tui.Current);
    }

    [Fact]
    public void Without_colour_the_selected_row_is_still_marked_in_reverse_video()
    {
        using var tui = new TuiHarness(server, "op.dakmil", profile: new TerminalProfile(ColorDepth.None, Utf8: true));
        tui.Press(Key.L.WithCtrl);
        Assert.DoesNotContain("\x1b[38;", tui.Sink.Captured);
        Assert.DoesNotContain("\x1b[48;", tui.Sink.Captured);
        Assert.Matches(@"\x1b\[([0-9]+;)*7[;m]", tui.Sink.Captured); // SGR 7, reverse video
    }
}
