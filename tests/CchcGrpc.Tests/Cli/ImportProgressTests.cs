using System.Text.RegularExpressions;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Import;
using Spectre.Console;

namespace CchcGrpc.Tests.Cli;

/// <summary>
/// What the import progress bar shows on a terminal, driven by a console that records its output
/// and a clock the test moves: rows sent of all rows, the rate so far and the time left at that rate.
/// </summary>
public sealed partial class ImportProgressTests
{
    private readonly ManualClock _clock = new();
    private readonly StringWriter _screen = new();

    [Fact]
    public async Task The_bar_shows_rows_done_of_the_total_the_rate_so_far_and_the_time_left_after_each_batch()
    {
        // Three batches of 1,000 rows; the server takes 2 s, 6 s and 2 s to accept them.
        var seconds = new Queue<int>([2, 6, 2]);
        await Progress(english: false).SendAsync(Batches(1000, 1000, 1000), 3000, _ =>
        {
            _clock.Advance(TimeSpan.FromSeconds(seconds.Dequeue()));
            return Task.CompletedTask;
        });

        AssertShownInOrder(
            "Đang nhập 0/3.000 dòng · – dòng/giây · còn --:--:--",
            "Đang nhập 1.000/3.000 dòng · 500 dòng/giây · còn 00:00:04",   // 1,000 rows in 2 s; 2,000 left
            "Đang nhập 2.000/3.000 dòng · 250 dòng/giây · còn 00:00:04",   // 2,000 rows in 8 s; 1,000 left
            "Đang nhập 3.000/3.000 dòng · 300 dòng/giây · còn 00:00:00");  // 3,000 rows in 10 s
        Assert.EndsWith("100%", Shown().TrimEnd());
    }

    [Fact]
    public async Task With_lang_en_the_bar_speaks_English_and_groups_digits_the_English_way()
    {
        await Progress(english: true).SendAsync(Batches(1500, 2500), 4000, _ =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1500));
            return Task.CompletedTask;
        });

        AssertShownInOrder(
            "Importing 0/4,000 rows · – rows/s · --:--:-- left",
            "Importing 1,500/4,000 rows · 1,000 rows/s · 00:00:03 left",   // 2,500 rows left at 1,000/s
            "Importing 4,000/4,000 rows · 1,333 rows/s · 00:00:00 left");
    }

    [Fact]
    public void An_eta_is_rounded_up_to_whole_seconds_and_counts_hours_past_a_day()
    {
        var progress = Progress(english: false);
        Assert.Equal("Đang nhập 700/1.000 dòng · 700 dòng/giây · còn 00:00:01", progress.Describe(700, 1000, TimeSpan.FromSeconds(1)));
        Assert.Equal("Đang nhập 10/100.000 dòng · 1 dòng/giây · còn 27:46:30", progress.Describe(10, 100_000, TimeSpan.FromSeconds(10)));
    }

    private ImportProgress Progress(bool english)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(_screen),
        });
        console.Profile.Width = 160;
        return new ImportProgress(console, _clock, new Messages(english));
    }

    private static ImportBatch[] Batches(params int[] sizes) =>
        [.. sizes.Select(size => new ImportBatch { Rows = { Enumerable.Range(1, size).Select(line => new ImportRow { SourceLine = line }) } })];

    // The screen as text: the live display's cursor movements and erasures removed.
    private string Shown() => AnsiCodes().Replace(_screen.ToString(), "");

    private void AssertShownInOrder(params string[] texts)
    {
        var shown = Shown();
        var at = 0;
        foreach (var text in texts)
        {
            var found = shown.IndexOf(text, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"not shown after position {at}: \"{text}\"\n{shown}");
            at = found + text.Length;
        }
    }

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex AnsiCodes();

    /// <summary>A clock that moves only when the test says so.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
