using Cchc.V1;
using Grpc.Core;
using Microsoft.Data.Sqlite;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// A write that fails part-way (a disk error, simulated here by a trigger that aborts one insert)
/// rolls back the whole open group of batches and ends the call: no report is left half-written,
/// and sending the same import again completes it.
/// </summary>
public class FailedWriteTests(ImportServer server) : IClassFixture<ImportServer>
{
    private static ImportBatch Batch(string key, string period, params (string Indicator, string Raw)[] rows)
    {
        var batch = new ImportBatch { IdempotencyKey = key, UnitCode = "67", PeriodId = period };
        batch.Rows.AddRange(rows.Select((r, i) => new ImportRow { SourceLine = i + 1, Indicator = r.Indicator, RawValue = r.Raw }));
        return batch;
    }

    private void Sql(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task A_write_failing_part_way_leaves_no_report_half_written_and_the_import_can_be_sent_again()
    {
        ImportBatch[] import =
        [
            Batch("fail-a", "2014", ("III.1.4.1", "1.599"), ("III.1.4.2", "196"), ("III.1.4.3", "114")),
            Batch("fail-b", "2013", ("III.1.4.1", "1.600"), ("III.1.4.2", "197"), ("III.1.4.3", "115")),
        ];
        // The third value of the second report fails after its first two were inserted.
        Sql("CREATE TRIGGER simulated_disk_failure BEFORE INSERT ON report_values WHEN NEW.raw_text = '115' BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;");
        try
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => server.ImportAsync(server.ProvinceOperator, import));
            Assert.Equal(StatusCode.Internal, error.StatusCode);
        }
        finally
        {
            Sql("DROP TRIGGER simulated_disk_failure;");
        }

        Assert.Null(await server.GetReportAsync(server.ProvinceOperator, "reports/67/2013"));
        // The first report was in the failed group or committed before it: whole or absent, never partial.
        var first = await server.GetReportAsync(server.ProvinceOperator, "reports/67/2014");
        Assert.True(first is null || first.Values.Count(v => v.IndicatorId.StartsWith("III.1.4.", StringComparison.Ordinal) && !v.Derived) == 3);

        var again = await server.ImportAsync(server.ProvinceOperator, import);
        Assert.All(again.Batches, b => Assert.Contains(b.Outcome, new[] { Outcome.Applied, Outcome.Replayed }));
        foreach (var (name, expected) in new[] { ("reports/67/2014", "114"), ("reports/67/2013", "115") })
        {
            var stored = (await server.GetReportAsync(server.ProvinceOperator, name))!;
            
            Assert.Equal(expected, stored.Values.Single(v => v.IndicatorId == "III.1.4.3").Number);
        }
    }
}
