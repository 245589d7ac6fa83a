using CchcGrpc.Client.Tui.Screens;
using CchcGrpc.Tests.EndToEnd;
using Terminal.Gui.Input;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// Derived values follow the digits as they are typed, computed on the operator's machine from the
/// catalog's formulas (no call per keystroke), with the real numbers of the 2022 Đắk Nông appendix:
/// 77.046 of 77.251 dossiers on time is 99,73%.
/// </summary>
[Collection(TerminalUiCollection.Name)]
public sealed class DerivedAsYouTypeTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public void The_percentage_follows_each_digit_of_its_part_before_the_cell_is_accepted()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        tui.OpenReport("2022-Q1");
        tui.GoTo("III.3.1.1");
        tui.Enter("77.251");
        tui.Press(Key.CursorDown, Key.F2);
        tui.Type("77");
        // 77 of 77.251 while the cell is still being typed: 0,1%.
        Assert.Matches(@"^= 3\.1 .*\s0,1%$", tui.GridLine("III.3.1"));
        // "77.0" could be a decimal or the start of a thousands group: no estimate until it is clear.
        tui.Type(".0");
        Assert.DoesNotMatch(@"\d%$", tui.GridLine("III.3.1"));
        tui.Type("46");
        Assert.Matches(@"^= 3\.1 .*\s99,73%$", tui.GridLine("III.3.1"));
        Assert.Contains("77.046", tui.Screen);

        // Emptying the part leaves nothing to compute.
        tui.Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace);
        Assert.DoesNotMatch(@"\d%$", tui.GridLine("III.3.1"));
        tui.Press(Key.Esc);
        // Esc restores the value before the edit; the server's preview then stands.
        tui.Press(Key.F2);
        tui.Type("77.046");
        tui.Press(Key.Enter);
        Assert.Matches(@"^= 3\.1 .*\s99,73%$", tui.GridLine("III.3.1"));
    }

    [Fact]
    public void A_total_is_summed_from_its_parts_as_they_are_typed()
    {
        using var tui = new TuiHarness(server, "op.gianghia");
        var entry = tui.OpenReport("2022-Q2");
        tui.GoTo("II.1.1");
        tui.Enter("2");
        tui.Press(Key.CursorDown);
        tui.Enter("1");
        tui.Press(Key.CursorDown, Key.F2);
        tui.Type("4");
        // II.1 = 1.1 + 1.2 + 1.3 = 2 + 1 + 4, before Enter.
        Assert.Equal("7", entry.Rows.Single(r => r.Indicator?.Id == "II.1").ShownValue);
    }
}
