using System.Data;
using CchcGrpc.Client.Tui.SlowLink;
using CchcGrpc.Server.Domain.Catalog;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CchcGrpc.Bench.Tui;

/// <summary>
/// The screen the tui suite measures, run as its own program in a tmux pane (hidden verb
/// <c>tui-screen --layer stock|slowlink</c>): a value field, the grid of the catalog's indicators (code,
/// name, unit, value, note; fixed column widths) and a footer, the shape of the report entry screen.
/// <c>stock</c> is Terminal.Gui 2.5.0 as shipped (Application.Create, the ANSI driver); <c>slowlink</c> the
/// same views on the client's slow-link output.
/// </summary>
internal static class StandInEntryScreen
{
    public static int Run(IReadOnlyList<string> args)
    {
        string layer = args.Count >= 2 && args[0] == "--layer" ? args[1] : throw new BenchFailure("tui-screen --layer stock|slowlink");
        IApplication app = layer switch
        {
            "stock" => Application.Create(),
            "slowlink" => SlowLinkTerminal.CreateApplication(TerminalProfile.FromEnvironment()),
            _ => throw new BenchFailure($"unknown layer {layer}"),
        };
        app.Init(DriverRegistry.Names.ANSI);
        using Window window = Build(app.Driver!.Cols);
        app.Run(window);
        app.Dispose();
        return 0;
    }

    public static Window Build(int cols)
    {
        var table = new DataTable();
        foreach (string column in new[] { "Mã", "Chỉ tiêu", "ĐVT", "Số liệu", "Ghi chú" })
        {
            table.Columns.Add(column);
        }
        foreach (Indicator indicator in CatalogLoader.Current.Indicators.Where(i => i.AppliesTo(Server.Domain.Units.UnitLevel.Province)))
        {
            table.Rows.Add(indicator.Code, indicator.Name, indicator.Unit, "", "");
        }
        var window = new Window { Title = "Nhập báo cáo · Tỉnh Đắk Lắk · 2024" };
        var field = new TextField { X = 10, Y = 0, Width = 20 };
        var grid = new TableView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1), Table = new DataTableSource(table), FullRowSelect = true };
        SlowLinkGrid.FixColumnWidths(grid, [8, Math.Max(20, cols - 48), 8, 12, 10]);
        window.Add(new Label { X = 0, Y = 0, Text = "Số liệu:" }, field, grid,
            new Label { X = 0, Y = Pos.AnchorEnd(1), Text = "F2 sửa · Tab chuyển · PgDn trang · Esc quay lại" });
        field.SetFocus();
        return window;
    }
}
