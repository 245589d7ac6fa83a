using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>Two people editing the same report at once: the second write based on a stale revision is refused, and nothing is lost.</summary>
public sealed class ConcurrentEditTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private const string Name = "reports/67.660/2022-Q1";

    [Fact]
    public async Task Concurrent_writers_on_one_revision_one_wins_the_others_retry_and_every_value_survives()
    {
        var created = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = Name, Values = { new ValueInput { IndicatorId = "I.1", RawText = "3" } },
        });
        var writers = new[] { "III.3.1.1", "III.3.1.2", "II.1.1", "II.1.2", "II.1.3", "I.2.1", "I.2.2", "III.1.2" };
        var conflicts = 0;
        await Task.WhenAll(writers.Select(async (id, i) =>
        {
            var who = i % 2 == 0 ? "op.gianghia" : "svc.gianghia";
            var revision = created.Report.Revision;
            while (true)
            {
                try
                {
                    await server.CallAsync(who, Rpc.UpdateValues, new UpdateReportValuesRequest
                    {
                        Name = Name, BaseRevision = revision, Values = { new ValueInput { IndicatorId = id, RawText = (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) } },
                    });
                    return;
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted)
                {
                    Interlocked.Increment(ref conflicts);
                    // ABORTED says which revision is current (a write-only token cannot re-read the report).
                    var current = ex.Detail<Google.Rpc.PreconditionFailure>()!.Violations[0].Description;
                    revision = long.Parse(current["current revision is ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }));

        var report = await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Name });
        var values = report.Values.ToDictionary(v => v.IndicatorId);
        for (var i = 0; i < writers.Length; i++)
        {
            Assert.Equal((10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), values[writers[i]].RawText);
        }
        Assert.Equal("3", values["I.1"].RawText);
        Assert.True(conflicts > 0, "the writers never collided; the test proved nothing");
        Assert.Equal(1 + writers.Length, report.Revision);
    }

    [Fact]
    public async Task A_stale_write_is_ABORTED_with_the_current_revision_and_changes_nothing()
    {
        const string name = "reports/67.660/2022-Q2";
        var first = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest { Name = name, Values = { new ValueInput { IndicatorId = "I.1", RawText = "5" } } });
        await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest { Name = name, BaseRevision = 1, Values = { new ValueInput { IndicatorId = "I.1", RawText = "6" } } });
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues,
            new UpdateReportValuesRequest { Name = name, BaseRevision = first.Report.Revision, Values = { new ValueInput { IndicatorId = "I.1", RawText = "7" } } }));
        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal("current revision is 2", error.Detail<Google.Rpc.PreconditionFailure>()!.Violations[0].Description);
        var stored = await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = name });
        Assert.Equal(("6", 2L), (stored.Values.Single(v => v.IndicatorId == "I.1").RawText, stored.Revision));
    }
}
