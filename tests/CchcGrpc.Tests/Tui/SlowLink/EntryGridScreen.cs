using System.Data;
using CchcGrpc.Client.Tui.SlowLink;
using CchcGrpc.Server.Domain.Catalog;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>
/// A headless screen of the entry grid's shape, on the slow-link output: a value field, a grid of the
/// catalog's first indicators (code, name, unit, value, note) and a footer line; with a virtual terminal
/// fed every byte sent, so tests compare what the operator would see with what Terminal.Gui drew.
/// </summary>
public sealed class EntryGridScreen : IDisposable
{
    public EntryGridScreen(TerminalProfile profile, int cols = 80, int rows = 24, int indicators = 60)
    {
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        Sink = TerminalSink.Headless(capture: true);
        App = SlowLinkTerminal.CreateApplication(profile, new VirtualTimeProvider(), Sink);
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(cols, rows);
        Output = SlowLinkTerminal.OutputOf(App) ?? throw new InvalidOperationException("slow-link output not installed");

        var table = new DataTable();
        foreach (string column in new[] { "Mã", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú" })
        {
            table.Columns.Add(column);
        }
        foreach (Indicator indicator in CatalogLoader.Current.Indicators.Take(indicators))
        {
            table.Rows.Add(indicator.Code, indicator.Name, indicator.Unit, "", "");
        }
        Window = new Window { Title = "Nhập báo cáo · Tỉnh Đắk Lắk · 2024" };
        Field = new TextField { X = 10, Y = 0, Width = 20 };
        Grid = new TableView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1), Table = new DataTableSource(table), FullRowSelect = true };
        // Code, name, unit, value, note, as the entry grid lays them out at 80 columns.
        SlowLinkGrid.FixColumnWidths(Grid, [8, cols - 48, 8, 12, 10]);
        Window.Add(new Label { X = 0, Y = 0, Text = "Số liệu:" }, Field, Grid,
            new Label { X = 0, Y = Pos.AnchorEnd(1), Text = "F2 sửa · Tab chuyển · PgDn trang · Esc quay lại" });
        App.Begin(Window);
        Pass();
        Terminal = new VirtualTerminal(rows, cols);
        Terminal.Apply(Sink.Captured);
        _applied = Sink.Captured.Length;
    }

    int _applied;

    public TerminalSink Sink { get; }
    public IApplication App { get; }
    public SlowLinkOutput Output { get; }
    public Window Window { get; }
    public TextField Field { get; }
    public TableView Grid { get; }
    public VirtualTerminal Terminal { get; }

    /// <summary>One main-loop pass as Terminal.Gui runs it (iteration event, layout and draw, cursor).</summary>
    public void Pass()
    {
        App.RaiseIteration();
        App.LayoutAndDraw();
        App.Navigation?.UpdateCursor();
    }

    /// <summary>Presses a key, runs a pass, and returns the bytes sent for it (fed to the virtual terminal).</summary>
    public long Press(Key key)
    {
        long before = Sink.BytesWritten;
        App.InjectKey(key);
        Pass();
        Output.FlushCursor();
        CatchUp();
        return Sink.BytesWritten - before;
    }

    /// <summary>Feeds the virtual terminal what was sent since the last call.</summary>
    public void CatchUp()
    {
        string captured = Sink.Captured;
        Terminal.Apply(captured[_applied..]);
        _applied = captured.Length;
    }

    /// <summary>Terminal.Gui's own idea of the screen.</summary>
    public string Drawn() => App.Driver!.ToString()!;

    public void Dispose() => App.Dispose();
}
