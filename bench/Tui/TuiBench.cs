using System.Diagnostics;
using System.Globalization;
using System.Text;
using CchcGrpc.Bench.Infrastructure;

namespace CchcGrpc.Bench.Tui;

/// <summary>
/// The tui suite: bytes the terminal client sends over a slow link. The real `cchc`, signed in, runs in a
/// tmux pane on Terminal.Gui 2.5.0's own output and on the slow-link layer (256 and 24-bit colour), at
/// 80×24 and 120×40; every byte it writes to the pane is counted (pipe-pane) while the suite opens the
/// entry screen, types in a value, moves and pages through the grid, and leaves it idle. Then the bytes
/// on the wire (<see cref="WireCosts"/>). Writes bench/results/tui.md.
/// </summary>
internal static class TuiBench
{
    private static readonly (int Cols, int Rows)[] Sizes = [(80, 24), (120, 40)];
    // stock: Terminal.Gui's own output (always 24-bit); slowlink: the client as an SSH session runs it (TERM
    // is forwarded, COLORTERM is not: 256 colours); slowlink-24bit: the same with COLORTERM=truecolor.
    private static readonly string[] Layers = ["stock", "slowlink", "slowlink-24bit"];

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        double idleSeconds = 10;
        bool write = true;
        bool screens = true, wire = true;
        string[] layers = Layers;
        (int Cols, int Rows)[] sizes = Sizes;
        string? dump = null;
        for (int i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--idle": idleSeconds = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--layers": layers = args[++i].Split(','); break;
                case "--sizes": sizes = [.. args[++i].Split(',').Select(ParseSize)]; break;
                case "--dump": dump = args[++i]; break;
                case "--no-write": write = false; break;
                case "--wire-only": screens = false; break;
                case "--screens-only": wire = false; break;
                default: throw new BenchFailure($"tui: unknown option {args[i]}");
            }
        }
        if (screens && ToolRunner.FindOnPath("tmux") is null)
        {
            throw new BenchFailure("tmux not found: apt-get install tmux");
        }
        var runs = new List<ScreenRun>();
        if (screens)
        {
            await using SignedInOperator signedIn = await SignedInOperator.StartAsync();
            foreach ((int cols, int rows) in sizes)
            {
                foreach (string layer in layers)
                {
                    Console.Error.WriteLine($"tui: {layer} at {cols}×{rows} …");
                    runs.Add(await MeasureAsync(signedIn, layer, cols, rows, idleSeconds, dump));
                }
            }
        }
        (string Report, int Values, IReadOnlyList<WireCosts.Step> Steps, string Breakdown)? costs = null;
        if (wire)
        {
            Console.Error.WriteLine("tui: bytes on the wire against the built server …");
            costs = await WireCosts.MeasureAsync();
        }
        string report = (runs.Count > 0 ? Report(runs, idleSeconds) : "") + (costs is { } c ? WireReport(c.Report, c.Values, c.Steps, c.Breakdown) : "");
        Console.WriteLine(report);
        if (write)
        {
            await File.WriteAllTextAsync(Path.Combine(BenchPaths.Results, "tui.md"), report);
        }
        return 0;
    }

    private static (int Cols, int Rows) ParseSize(string size)
    {
        string[] parts = size.Split('x', '×');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out int cols) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out int rows)
            ? (cols, rows)
            : throw new BenchFailure($"tui: --sizes takes COLSxROWS[,COLSxROWS], not {size}");
    }

    private static async Task<ScreenRun> MeasureAsync(SignedInOperator signedIn, string layer, int cols, int rows, double idleSeconds, string? dump)
    {
        var environment = new Dictionary<string, string>
        {
            // What an SSH session gives the client: TERM and the locale; the operator's stored login.
            ["TERM"] = "xterm-256color",
            ["LANG"] = "C.UTF-8",
            ["DOTNET_NOLOGO"] = "1",
            ["XDG_CONFIG_HOME"] = signedIn.ConfigHome,
            ["CCHC_TUI_OUTPUT"] = layer == "stock" ? "stock" : "slowlink",
        };
        if (layer == "slowlink-24bit")
        {
            environment["COLORTERM"] = "truecolor";
        }
        await using TmuxPane pane = await TmuxPane.StartAsync(cols, rows, $"dotnet '{SignedInOperator.ClientDll}'", environment);
        await pane.WaitForTextAsync("Màn hình chính", TimeSpan.FromSeconds(60));
        // Start-up ends with Terminal.Gui's terminal-colour query (OSC 11), sent once after the first frame.
        await pane.WaitForQuietAsync(TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(5));
        long firstDraw = pane.BytesWritten;

        // The home screen's first row is the newest period; Enter opens its report on the entry screen.
        long beforeOpen = pane.BytesWritten;
        await pane.SendKeysAsync("Enter");
        await pane.WaitForTextAsync("Nhập báo cáo", TimeSpan.FromSeconds(30));
        await pane.WaitForQuietAsync(TimeSpan.FromMilliseconds(1500), TimeSpan.FromSeconds(5));
        long openEntry = pane.BytesWritten - beforeOpen;

        long idleStart = pane.BytesWritten;
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
        long idleBytes = pane.BytesWritten - idleStart;
        double idleRate = idleBytes / idleSeconds;

        // Typing in the value field of the first indicator row: Enter edits, digits, then backspaces.
        await KeystrokeAsync(pane, idleRate, "Down");
        await KeystrokeAsync(pane, idleRate, "Enter");
        var typing = new List<double>();
        for (int round = 0; round < 2; round++)
        {
            foreach (char digit in "1234567890")
            {
                typing.Add(await KeystrokeAsync(pane, idleRate, digit.ToString()));
            }
            for (int i = 0; i < 10; i++)
            {
                typing.Add(await KeystrokeAsync(pane, idleRate, "BSpace"));
            }
        }
        await KeystrokeAsync(pane, idleRate, "Escape");
        var moves = new List<double>();
        for (int i = 0; i < 60; i++)
        {
            moves.Add(await KeystrokeAsync(pane, idleRate, "Down"));
        }
        var paging = new List<double>();
        for (int i = 0; i < 6; i++)
        {
            paging.Add(await KeystrokeAsync(pane, idleRate, "NPage"));
        }
        for (int i = 0; i < 6; i++)
        {
            paging.Add(await KeystrokeAsync(pane, idleRate, "PPage"));
        }
        string screen = await pane.CaptureAsync();
        if (dump is not null)
        {
            // Every keystroke's bytes, escapes made visible, to see what a move sends (--dump DIR).
            Directory.CreateDirectory(dump);
            await File.WriteAllTextAsync(Path.Combine(dump, $"tui-{layer}-{cols}x{rows}.txt"), pane.DumpKeystrokes());
        }
        return new ScreenRun(layer, cols, rows, firstDraw, openEntry, idleBytes, idleSeconds,
            new KeystrokeCosts(typing), new KeystrokeCosts(moves), new KeystrokeCosts(paging), screen);
    }

    // Bytes after one key until the pane has been quiet for 150 ms (at most 600 ms); a layer that writes
    // while idle has its idle rate over that window taken off, so a keystroke counts only what it caused.
    private static async Task<double> KeystrokeAsync(TmuxPane pane, double idleRate, string key)
    {
        long before = pane.BytesWritten;
        var clock = Stopwatch.StartNew();
        await pane.SendKeysAsync(key);
        await pane.WaitForQuietAsync(TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(600));
        pane.MarkKeystroke(key, before);
        double bytes = pane.BytesWritten - before - idleRate * clock.Elapsed.TotalSeconds;
        return Math.Max(0, Math.Round(bytes));
    }

    private static string Report(IReadOnlyList<ScreenRun> runs, double idleSeconds)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Terminal client bytes on a slow link (bench/Tui/TuiBench.cs)");
        sb.AppendLine();
        sb.AppendLine($"The real `cchc` (no verb: the terminal UI, tui-client/bin/Release) in a tmux pane, signed in (stored login) as an");
        sb.AppendLine($"operator of huyện 67.661 against the built cchc-server with its demo data; every byte it wrote to the pane counted");
        sb.AppendLine($"(pipe-pane). Home screen (first draw), Enter on the newest period opens the report entry screen; there: idle, typing");
        sb.AppendLine($"in the first indicator's value (Enter, 10 digits, 10 backspaces, twice), 60 × Down, 6 × PgDn, 6 × PgUp.");
        sb.AppendLine($"`stock` = Terminal.Gui 2.5.0's own output (CCHC_TUI_OUTPUT=stock); `slowlink` = the client as shipped (tui-client/Tui/SlowLink).");
        sb.AppendLine($"TERM=xterm-256color LANG=C.UTF-8 (what ssh forwards): Terminal.Gui sends 24-bit colour regardless, the slow-link layer 256");
        sb.AppendLine($"colours; `slowlink-24bit` adds COLORTERM=truecolor, like for like with stock. Per keystroke: bytes until 150 ms quiet, the");
        sb.AppendLine($"layer's idle rate over that window subtracted. {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, one run.");
        sb.AppendLine();
        sb.AppendLine("| size | layer | first draw B | open entry screen B | idle B / " + idleSeconds.ToString("0", CultureInfo.InvariantCulture) + " s | typing in a field B (median / p95 / max) | row move B | page B |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (ScreenRun run in runs)
        {
            sb.AppendLine($"| {run.Cols}×{run.Rows} | {run.Layer} | {run.FirstDraw:#,0} | {run.OpenEntry:#,0} | {run.IdleBytes:#,0} | {run.Typing.Cell()} | {run.RowMoves.Cell()} | {run.Paging.Cell()} |");
        }
        sb.AppendLine();
        sb.AppendLine("Ratios stock ÷ slowlink-24bit, like for like (medians; idle as bytes):");
        sb.AppendLine();
        sb.AppendLine("| size | first draw | idle | typing | row move | page |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var size in runs.GroupBy(r => (r.Cols, r.Rows)))
        {
            // A run of some layers only (--layers) has no ratio to show.
            if (size.SingleOrDefault(r => r.Layer == "stock") is not { } stock || size.SingleOrDefault(r => r.Layer == "slowlink-24bit") is not { } slow)
            {
                continue;
            }
            sb.AppendLine($"| {size.Key.Cols}×{size.Key.Rows} | {Ratio(stock.FirstDraw, slow.FirstDraw)} | {Ratio(stock.IdleBytes, slow.IdleBytes)} | "
                + $"{Ratio(stock.Typing.Median, slow.Typing.Median)} | {Ratio(stock.RowMoves.Median, slow.RowMoves.Median)} | {Ratio(stock.Paging.Median, slow.Paging.Median)} |");
        }
        sb.AppendLine();
        sb.AppendLine("Targets (slowlink): ≤ 100 B median per keystroke in a field, ≤ 300 B per row move, 0 B idle.");
        sb.AppendLine();
        foreach (ScreenRun run in runs.Where(r => r.Layer != "stock"))
        {
            sb.AppendLine($"- {run.Cols}×{run.Rows} {run.Layer}: typing median {run.Typing.Median:0} B {(run.Typing.Median <= 100 ? "✓" : "✗")}, "
                + $"row move median {run.RowMoves.Median:0} B / max {run.RowMoves.Max:0} B {(run.RowMoves.Max <= 300 ? "✓" : run.RowMoves.Median <= 300 ? "(median ✓)" : "✗")}, "
                + $"idle {run.IdleBytes} B {(run.IdleBytes == 0 ? "✓" : "✗")}");
        }
        return sb.ToString();
    }

    private static string WireReport(string report, int values, IReadOnlyList<WireCosts.Step> steps, string breakdown)
    {
        var sb = new StringBuilder();
        sb.AppendLine();
        sb.AppendLine("## Bytes on the wire (bench/Tui/WireCosts.cs)");
        sb.AppendLine();
        sb.AppendLine($"The client's one TCP connection to the built cchc-server (h2c, demo data), every byte both ways counted by a");
        sb.AppendLine($"stream around the connection (ServerSession's wrapConnection): HTTP/2 frames, HPACK headers, gRPC messages (the");
        sb.AppendLine($"server gzips responses). Reports read with the entry screen's field mask; the full report is {report} ({values} values).");
        sb.AppendLine();
        sb.AppendLine("| step | sent B | received B | total B |");
        sb.AppendLine("|---|---:|---:|---:|");
        foreach (WireCosts.Step step in steps)
        {
            sb.AppendLine($"| {step.What} | {step.Sent:#,0} | {step.Received:#,0} | {step.Total:#,0} |");
        }
        WireCosts.Step open = steps.Single(s => s.What.StartsWith("open a full report", StringComparison.Ordinal));
        sb.AppendLine();
        sb.AppendLine($"Target: ≤ 4 KB on the wire to open a report with the catalog cached: {open.Total:#,0} B {(open.Total <= 4096 ? "✓" : "✗")}.");
        sb.AppendLine();
        sb.AppendLine(breakdown);
        return sb.ToString();
    }

    private static string Ratio(double stock, double slow) =>
        slow <= 0 ? (stock <= 0 ? "—" : "∞ (0 B)") : (stock / slow).ToString("0.0", CultureInfo.InvariantCulture) + "×";
}
