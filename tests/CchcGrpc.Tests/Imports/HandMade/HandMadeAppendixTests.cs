using System.Text.Json;
using CchcGrpc.Tests.Cli;

namespace CchcGrpc.Tests.Imports.HandMade;

/// <summary>
/// Issue 12's promise, audited with reports the layout generator does not make (<see cref="HandMadeReports"/>):
/// `cchc import` of each, dry and for real, over the wire. No value lands on an indicator whose meaning
/// differs from its row's; a row that names what its unit's level cannot have is refused; every row not
/// stored is listed with its file, its line and, when unmapped, its closest indicators.
/// </summary>
public sealed class HandMadeAppendixTests(ImportServer server) : IClassFixture<ImportServer>, IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static IEnumerable<object[]> Reports => HandMadeReports.All();

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task A_dry_run_maps_each_row_to_what_it_means_or_lists_it_with_its_line_and_candidates(HandMadeReport report)
    {
        using var json = await ImportAsync(report, "--dry-run", "--write-map", Path.Combine(_cli.ConfigHome, "rows.map"));

        var mapped = Mapped(json);
        var wrong = mapped.Where(m => !report.Rows.TryGetValue(m.Key, out var row) || row.Meaning != m.Value).ToList();
        Assert.True(wrong.Count == 0, $"{report}: on a wrong indicator: {string.Join("; ", wrong.Select(w => $"line {w.Key} → {w.Value}"))}");
        var listed = Listed(json, report);
        foreach (var (line, row) in report.Rows)
        {
            if (row.Flagged)
            {
                // Read as what it means, and refused: the level has no such units.
                var refused = Assert.Single(listed, l => l.Line == line);
                Assert.Equal(("STATUS_REJECTED", row.Meaning), (refused.Status, refused.IndicatorId));
                Assert.Contains("does not have", refused.Message, StringComparison.Ordinal);
            }
            else if (!mapped.ContainsKey(line))
            {
                var unmapped = Assert.Single(listed, l => l.Line == line);
                Assert.Equal(("STATUS_UNMAPPED", ""), (unmapped.Status, unmapped.IndicatorId));
                Assert.NotEqual(0, unmapped.Candidates);
            }
            if (row.Meaning is HandMadeReport.Undecidable or HandMadeReport.NoIndicator)
            {
                Assert.False(mapped.ContainsKey(line), $"{report}:{line} is stored as {mapped.GetValueOrDefault(line)}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task Imported_for_real_only_values_whose_row_means_their_indicator_are_stored_as_printed(HandMadeReport report)
    {
        using var dry = await ImportAsync(report, "--dry-run", "--write-map", Path.Combine(_cli.ConfigHome, "rows.map"));
        var mapped = Mapped(dry);

        using var _ = await ImportAsync(report);

        var stored = (await server.GetReportAsync(Operator(report), $"reports/{report.Unit}/{report.Period}"))!
            .Values.Where(v => !v.Derived).ToDictionary(v => v.IndicatorId, v => v.RawText);
        var expected = report.Rows.Where(r => mapped.ContainsKey(r.Key) && !r.Value.Flagged)
            .ToDictionary(r => r.Value.Meaning, r => r.Value.Raw);
        Assert.Equal(expected.OrderBy(e => e.Key), stored.OrderBy(s => s.Key));
        Assert.DoesNotContain(report.Rows.Values, r => r.Flagged && stored.ContainsKey(r.Meaning));
    }

    [Fact]
    public async Task Codes_of_the_neighbouring_row_and_labels_one_word_apart_never_swap_the_values()
    {
        var report = HandMadeReports.DistrictSwappedCodes;

        using var json = await ImportAsync(report, "--dry-run", "--write-map", Path.Combine(_cli.ConfigHome, "rows.map"));

        // Every row whose label names an indicator lands on it, whatever code the row prints.
        Assert.Equal(
            report.Rows.Where(r => r.Value.Meaning is not (HandMadeReport.Undecidable or HandMadeReport.NoIndicator)).Select(r => (r.Key, r.Value.Meaning)),
            Mapped(json).Select(m => (m.Key, m.Value)));
    }

    [Fact]
    public async Task A_communes_part_greater_than_its_whole_is_found_by_the_codes_and_lines_it_printed()
    {
        var report = HandMadeReports.CommuneNamingDepartments;

        using var json = await ImportAsync(report, "--dry-run");

        var finding = json.RootElement.GetProperty("findings").EnumerateArray().SelectMany(r => r.GetProperty("findings").EnumerateArray())
            .Single(f => f.GetProperty("indicatorIds").EnumerateArray().Select(i => i.GetString()).SequenceEqual(["III.3.3.2", "III.3.3.1"]));
        Assert.Equal(["6.2", "6.1"], finding.GetProperty("indicatorCodes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([14, 13], finding.GetProperty("sourceLines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.All(finding.GetProperty("sourceFiles").EnumerateArray(), f => Assert.EndsWith(report.FileName, f.GetString(), StringComparison.Ordinal));
    }

    private async Task<JsonDocument> ImportAsync(HandMadeReport report, params string[] options)
    {
        var file = Path.Combine(_cli.ConfigHome, report.FileName);
        await File.WriteAllTextAsync(file, report.Text);
        var code = await _cli.RunAsync(["import", file, "--unit", report.Unit, "--period", report.Period, "--output", "json", .. options,
            "--server", server.App.Address.ToString().TrimEnd('/'), "--token", Operator(report)]);
        // Rows refused or unmapped: exit 1, with the answer.
        Assert.True(code is 0 or 1, _cli.Error);
        return JsonDocument.Parse(_cli.Out);
    }

    private string Operator(HandMadeReport report) => report.Unit.Count(c => c == '.') == 1 ? server.DistrictOperator : server.CommuneOperator;

    // Line → indicator, for the rows the server took as a value (field headings and ignored rows aside).
    private static Dictionary<int, string> Mapped(JsonDocument json) =>
        json.RootElement.GetProperty("mappings").EnumerateArray()
            .Where(m => m.GetProperty("how").GetString() is "HOW_LABEL" or "HOW_LABEL_AND_CODE" or "HOW_RULE" && m.GetProperty("indicatorId").GetString() is { Length: > 0 })
            .Where(m => !IsRefused(json, m.GetProperty("sourceLine").GetInt32()))
            .ToDictionary(m => m.GetProperty("sourceLine").GetInt32(), m => m.GetProperty("indicatorId").GetString()!);

    private static bool IsRefused(JsonDocument json, int line) =>
        json.RootElement.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("sourceLine").GetInt32() == line && r.GetProperty("status").GetString() == "STATUS_REJECTED");

    private static List<(int Line, string Status, string IndicatorId, string Message, int Candidates)> Listed(JsonDocument json, HandMadeReport report) =>
        [.. json.RootElement.GetProperty("rows").EnumerateArray().Select(r =>
        {
            Assert.EndsWith(report.FileName, r.GetProperty("sourceFile").GetString(), StringComparison.Ordinal);
            return (r.GetProperty("sourceLine").GetInt32(), r.GetProperty("status").GetString()!, r.GetProperty("indicatorId").GetString()!,
                r.GetProperty("message").GetString()!, r.GetProperty("candidates").GetArrayLength());
        })];
}
