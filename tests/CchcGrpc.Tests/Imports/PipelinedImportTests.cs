using Cchc.V1;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// Batches are planned ahead of the writer from the last committed state; a plan the writer finds
/// stale (an earlier batch of the same call wrote that report) is made again, so counts, revisions
/// and values are what a one-at-a-time import would give.
/// </summary>
public class PipelinedImportTests(ImportServer server) : IClassFixture<ImportServer>
{
    private static ImportBatch Batch(string key, string period, params (string Indicator, string Raw)[] rows)
    {
        var batch = new ImportBatch { IdempotencyKey = key, UnitCode = "67", PeriodId = period };
        batch.Rows.AddRange(rows.Select((r, i) => new ImportRow { SourceLine = i + 1, Indicator = r.Indicator, RawValue = r.Raw }));
        return batch;
    }

    [Fact]
    public async Task Three_batches_for_one_report_in_one_call_build_on_each_other()
    {
        var result = await server.ImportAsync(server.ProvinceOperator,
            Batch("same-1", "2017", ("III.1.4.1", "1.599"), ("III.1.4.2", "196")),
            Batch("same-2", "2017", ("III.1.4.1", "1.600"), ("III.1.4.3", "114")),
            Batch("same-3", "2017", ("III.1.4.1", "1.600"), ("III.1.4.2", "196")));

        Assert.Equal([Outcome.Applied, Outcome.Applied, Outcome.Unchanged], result.Batches.Select(b => b.Outcome));
        Assert.Equal([(2, 0, 0), (1, 1, 0), (0, 0, 2)], result.Batches.Select(b => (b.Imported, b.Updated, b.Unchanged)));
        // Each applied batch moves the report one revision; the unchanged one leaves it where it was.
        Assert.Equal([1L, 2L, 2L], result.Batches.Select(b => b.Revision));
        var stored = (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2017"))!;
        Assert.Equal(2, stored.Revision);
        var values = stored.Values.ToDictionary(v => v.IndicatorId, v => v.Number);
        Assert.Equal(("1600", "196", "114"), (values["III.1.4.1"], values["III.1.4.2"], values["III.1.4.3"]));
    }

    [Fact]
    public async Task A_key_given_twice_in_one_call_is_applied_once_and_replayed_once()
    {
        var result = await server.ImportAsync(server.ProvinceOperator,
            Batch("twice", "2016", ("I.1", "12")),
            Batch("twice", "2016", ("I.1", "13")));

        Assert.Equal([Outcome.Applied, Outcome.Replayed], result.Batches.Select(b => b.Outcome));
        var stored = (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2016"))!;
        Assert.Equal("12", stored.Values.Single(v => v.IndicatorId == "I.1").Number);
    }
}
