using Cchc.V1;
using Grpc.Core;
using Google.Rpc;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using RowStatus = Cchc.V1.RowResult.Types.Status;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Imports;

/// <summary>
/// Bad data is refused row by row or batch by batch and the import goes on; a malformed request
/// (too many rows, oversized fields) ends the call with INVALID_ARGUMENT naming the field.
/// </summary>
public class BadInputTests(ImportServer server) : IClassFixture<ImportServer>
{
    private static ImportBatch Batch(string key, string unit, string period, params (string Indicator, string Raw)[] rows)
    {
        var batch = new ImportBatch { IdempotencyKey = key, UnitCode = unit, PeriodId = period };
        var line = 0;
        batch.Rows.AddRange(rows.Select(r => new ImportRow { SourceLine = ++line, Indicator = r.Indicator, RawValue = r.Raw }));
        return batch;
    }

    [Fact]
    public async Task Invalid_rows_are_rejected_unmapped_rows_are_listed_and_the_valid_rows_are_stored()
    {
        var result = await server.ImportAsync(server.ProvinceOperator, Batch("bad-rows", "67", "2019",
            ("I.1", "12"), ("III.1.1", "-5"), ("VII.2", "7"), ("IX.9.9", "3"), ("III.1.2", "Đang rà soát"), ("I.3", "4")));

        Assert.Equal(Outcome.Applied, result.Batches[0].Outcome);
        Assert.Equal((2, 3, 2), (result.Summary.Imported, result.Summary.Rejected, result.Summary.Warnings));
        Assert.Equal(
            [(2, RowStatus.Rejected), (3, RowStatus.Rejected), (4, RowStatus.Unmapped), (5, RowStatus.Warning), (6, RowStatus.Warning)],
            result.Rows.Select(r => (r.SourceLine, r.Status)));
        Assert.Equal("III.1.1: A count cannot be negative.", result.Rows[0].Message);
        Assert.Contains("3 cấp = 2", result.Rows[1].Message);
        var stored = (await server.GetReportAsync(server.ProvinceOperator, "reports/67/2019"))!.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal("12", stored["I.1"].Number);
        Assert.False(stored.ContainsKey("III.1.1"));
        Assert.Equal((ValueState.NotReported, "Đang rà soát"), (stored["III.1.2"].State, stored["III.1.2"].Text));
        Assert.Contains("heading", result.Rows[4].Message);
        Assert.False(stored.ContainsKey("I.3"));
    }

    [Fact]
    public async Task A_batch_for_an_unknown_unit_or_period_or_a_unit_the_caller_may_not_edit_is_refused_and_the_import_goes_on()
    {
        var result = await server.ImportAsync(server.ProvinceOperator,
            Batch("no-unit", "99.XYZ", "2022", ("I.1", "1")),
            Batch("bad-period", "67", "2022-H3", ("I.1", "1")),
            Batch("not-mine", "67.SKHCN", "2018", ("I.1", "1")),
            Batch("fine", "67", "2018", ("I.1", "1")));

        Assert.Equal([Outcome.Rejected, Outcome.Rejected, Outcome.Rejected, Outcome.Applied], result.Batches.Select(b => b.Outcome));
        Assert.StartsWith("batches[0].unit_code", result.Batches[0].Message);
        Assert.StartsWith("batches[1].period_id", result.Batches[1].Message);
        Assert.Null(await server.GetReportAsync(server.DepartmentOperator, "reports/67.SKHCN/2018"));
    }

    [Fact]
    public async Task An_oversized_field_or_too_many_rows_is_INVALID_ARGUMENT_naming_batch_and_row_and_that_batch_is_not_written()
    {
        var oversized = Batch("oversized", "67", "2017", ("I.1", "1"), ("I.2.1", "2"), ("I.2.2", new string('9', 201)));
        var tooMany = Batch("too-many", "67", "2016");
        tooMany.Rows.AddRange(Enumerable.Range(0, 5001).Select(i => new ImportRow { Indicator = "I.1", RawValue = "1" }));

        var first = await Assert.ThrowsAsync<RpcException>(() => server.ImportAsync(server.ProvinceOperator, Batch("ok-before", "67", "2015", ("I.1", "3")), oversized));
        var second = await Assert.ThrowsAsync<RpcException>(() => server.ImportAsync(server.ProvinceOperator, tooMany));

        Assert.Equal(StatusCode.InvalidArgument, first.StatusCode);
        Assert.Equal("batches[1].rows[2].raw_value", Assert.Single(first.Detail<BadRequest>()!.FieldViolations).Field);
        Assert.Null(await server.GetReportAsync(server.ProvinceOperator, "reports/67/2017"));
        Assert.NotNull(await server.GetReportAsync(server.ProvinceOperator, "reports/67/2015")); // applied before the malformed batch
        Assert.Equal("batches[0].rows", Assert.Single(second.Detail<BadRequest>()!.FieldViolations).Field);
    }
}
