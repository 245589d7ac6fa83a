using Cchc.V1;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Tests.Imports.AnswerSize;

/// <summary>
/// An import's answer is one message, whatever the size of the import: before it was bounded, an
/// import of 4,000,000 values (40,908 batches, each listed) ended after every value was written with
/// RESOURCE_EXHAUSTED "Sending message exceeds the maximum configured message size", and so did any
/// import with enough unmapped rows (each listed with its candidates). Over the wire, against a server
/// whose messages are at most 1 MiB.
/// </summary>
public class ImportAnswerSizeTests(SmallMessageImportServer server) : IClassFixture<SmallMessageImportServer>
{
    private const int AnswerBytes = SmallMessageImportServer.MaxMessageBytes / 4 * 3;

    [Fact]
    public async Task Twelve_thousand_unmapped_rows_are_counted_all_listed_as_far_as_the_answer_holds_and_the_call_succeeds()
    {
        var batches = Enumerable.Range(0, 12).Select(b =>
        {
            var batch = new ImportBatch { IdempotencyKey = $"unmapped-{b}", UnitCode = "67", PeriodId = "2019", Variant = "appendix", DryRun = true };
            for (var i = 0; i < 1000; i++)
            {
                var line = b * 1000 + i + 1;
                batch.Rows.Add(new ImportRow
                {
                    SourceLine = line, Indicator = "1", Label = $"Số cây xanh được trồng mới trên địa bàn, đợt {line}", UnitOfMeasure = "Cây",
                    RawValue = "12", Table = "Phụ lục 1 Công tác chỉ đạo điều hành CCHC",
                });
            }
            return batch;
        }).ToArray();

        var result = await server.ImportAsync(server.ProvinceOperator, batches);

        Assert.Equal((12, 12_000, 0), (result.Summary.Batches, result.Summary.Rejected, result.Summary.Imported));
        Assert.True(result.CalculateSize() <= AnswerBytes, $"{result.CalculateSize()} bytes");
        Assert.All(result.Rows, r => Assert.Equal((RowStatus.Unmapped, ""), (r.Status, r.IndicatorId)));
        Assert.All(result.Rows, r => Assert.NotEmpty(r.Candidates));
        // The first rows are listed, in their order; the others are counted as left out.
        Assert.InRange(result.Rows.Count, 500, 9_999);
        Assert.Equal(Enumerable.Range(1, result.Rows.Count), result.Rows.Select(r => r.SourceLine));
        Assert.Equal(12_000 - result.Rows.Count, result.Summary.Unlisted);
        Assert.All(result.Batches, b => Assert.Equal(Outcome.DryRun, b.Outcome));
    }

    [Fact]
    public async Task Batches_that_need_no_attention_are_listed_up_to_a_thousand_and_those_refused_always()
    {
        var batches = Enumerable.Range(0, 1500).Select(n => OneValue($"plain-{n}", "67", "2019"))
            .Append(OneValue("refused-unit", "99.999", "2019"))
            .Append(OneValue("refused-period", "67", "2019-H3"))
            .ToArray();

        var result = await server.ImportAsync(server.ProvinceOperator, batches);

        Assert.Equal((1502, 2), (result.Summary.Batches, result.Summary.Rejected));
        Assert.Equal(1002, result.Batches.Count);
        Assert.Equal(Enumerable.Range(0, 1000).Select(n => $"plain-{n}"), result.Batches.Take(1000).Select(b => b.IdempotencyKey));
        Assert.Equal(["refused-unit", "refused-period"], result.Batches.Skip(1000).Select(b => b.IdempotencyKey));
        Assert.All(result.Batches.Skip(1000), b => Assert.Equal(Outcome.Rejected, b.Outcome));
        Assert.Contains("99.999", result.Batches[1000].Message, StringComparison.Ordinal);
        // What the summary already says is not counted as left out.
        Assert.Equal(0, result.Summary.Unlisted);
    }

    private static ImportBatch OneValue(string key, string unit, string period)
    {
        var batch = new ImportBatch { IdempotencyKey = key, UnitCode = unit, PeriodId = period, Variant = "id", DryRun = true };
        batch.Rows.Add(new ImportRow { SourceLine = 1, Indicator = "III.1.4", RawValue = "1909" });
        return batch;
    }

    [Fact]
    public async Task Cchc_import_says_how_many_entries_the_answer_left_out_and_still_counts_them_all()
    {
        using var cli = new Cli.CliHarness();
        var csv = Path.Combine(cli.ConfigHome, "unknown.csv");
        await File.WriteAllLinesAsync(csv, ["unit,period,indicator,value", .. Enumerable.Range(1, 20_000).Select(n => $"67,2019,X.{n},1")]);

        var code = await cli.RunAsync("import", csv, "--dry-run", "--lang", "en", "--server", server.App.Address.ToString().TrimEnd('/'), "--token", server.ProvinceOperator);

        Assert.Equal(1, code);
        Assert.Matches(@"\d+ more rows, findings or batches were not listed, to keep the answer within its size", cli.Out);
        Assert.Contains("20000 rows were rejected", cli.Error, StringComparison.Ordinal);
    }
}
