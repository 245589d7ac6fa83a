using System.Globalization;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using Spectre.Console;

namespace CchcGrpc.Client.Import;

/// <summary>
/// The progress bar `cchc import` shows on a terminal: rows sent of all rows, rows per second and
/// the time left at that rate. The rate and ETA come from the given clock, and the display is
/// redrawn after each batch rather than by a timer, so what it shows depends only on the rows sent
/// and the time they took (and tests can drive it with a fake clock and console).
/// </summary>
public sealed class ImportProgress(IAnsiConsole console, TimeProvider time, Messages messages)
{
    /// <summary>
    /// Sends every batch through <paramref name="send"/> as it is made, advancing the bar by its rows.
    /// <paramref name="rowCount"/> may be an estimate (lines of the files): the bar never shows more done than all.
    /// </summary>
    public async Task SendAsync(IEnumerable<ImportBatch> batches, int rowCount, Func<ImportBatch, Task> send)
    {
        var started = time.GetTimestamp();
        await console.Progress()
            .AutoRefresh(false)
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Describe(0, rowCount, TimeSpan.Zero), maxValue: Math.Max(rowCount, 1));
                progress.Refresh();
                var done = 0;
                foreach (var batch in batches)
                {
                    await send(batch).ConfigureAwait(false);
                    done += batch.Rows.Count;
                    rowCount = Math.Max(rowCount, done);
                    task.MaxValue = Math.Max(rowCount, 1);
                    task.Value = done;
                    task.Description = Describe(done, rowCount, time.GetElapsedTime(started));
                    progress.Refresh();
                }
            }).ConfigureAwait(false);
    }

    /// <summary>"Đang nhập 1.000/3.000 dòng · 500 dòng/giây · còn 00:00:04" (or the English wording with --lang en).</summary>
    public string Describe(int done, int total, TimeSpan elapsed)
    {
        var culture = CultureInfo.GetCultureInfo(messages.English ? "en-US" : "vi-VN");
        string N(double n) => n.ToString("N0", culture);
        // No rate before the first batch has taken measurable time; the ETA is unknown until then.
        var rate = done > 0 && elapsed > TimeSpan.Zero ? done / elapsed.TotalSeconds : (double?)null;
        var left = rate is { } r ? TimeSpan.FromSeconds(Math.Ceiling(Math.Max(total - done, 0) / r)) : (TimeSpan?)null;
        var text = messages.Format("import_progress", N(done), N(total),
            rate is { } perSecond ? N(perSecond) : "–",
            left is { } eta ? Clock(eta) : "--:--:--");
        return Spectre.Console.Markup.Escape(text);
    }

    // Hours keep counting past a day: a slow link with a large file can take that long.
    private static string Clock(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{(long)span.TotalHours:00}:{span.Minutes:00}:{span.Seconds:00}");
}
