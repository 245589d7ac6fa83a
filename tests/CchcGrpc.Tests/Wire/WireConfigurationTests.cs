using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using Grpc.Core;
using Google.Protobuf;

namespace CchcGrpc.Tests.Wire;

/// <summary>Our configuration of grpc-dotnet: gzip both ways, the message size limit, deadlines.</summary>
public sealed class WireConfigurationTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task Responses_are_gzip_compressed_for_a_client_that_accepts_gzip_and_plain_for_one_that_does_not()
    {
        var request = new GetCatalogRequest().ToByteArray();
        var bearer = ("authorization", "Bearer " + server.TokenOf("admin"));
        var gzip = await RawGrpcPost.SendAsync(server.App.Address, "/cchc.v1.Catalog/GetCatalog", request, bearer, ("grpc-accept-encoding", "identity,gzip"));
        var plain = await RawGrpcPost.SendAsync(server.App.Address, "/cchc.v1.Catalog/GetCatalog", request, bearer);

        Assert.Equal("gzip", gzip.Headers.GetValues("grpc-encoding").Single());
        Assert.Equal("0", gzip.Trailers.GetValues("grpc-status").Single());
        Assert.False(plain.Headers.Contains("grpc-encoding"));
        Assert.Equal((true, false), (gzip.FirstMessage.Compressed, plain.FirstMessage.Compressed));
        // The catalog's Vietnamese names compress well: what a slow link gains.
        Assert.True(gzip.FirstMessage.Length * 3 < plain.FirstMessage.Length, $"gzip {gzip.FirstMessage.Length} B, plain {plain.FirstMessage.Length} B");
    }

    [Fact]
    public async Task A_gzip_compressed_request_is_read()
    {
        var options = server.As("op.gianghia");
        options.Headers!.Add("grpc-internal-encoding-request", "gzip");
        var reply = await new Reports.ReportsClient(server.Channel).UpdateReportValuesAsync(new UpdateReportValuesRequest
        {
            Name = "reports/67.660/2021-Q1",
            ValidateOnly = true,
            Values = { new ValueInput { IndicatorId = "I.1", RawText = new string('1', 3) } },
        }, options);
        Assert.Equal("111", reply.Report.Values.Single(v => v.IndicatorId == "I.1").RawText);
    }

    [Fact]
    public async Task A_request_over_the_message_size_limit_is_RESOURCE_EXHAUSTED()
    {
        // 4 MiB by default (--max-message-mb): an update of 2,000 notes of 2,100 characters is larger.
        var request = new UpdateReportValuesRequest { Name = "reports/67.660/2021-Q2" };
        request.Values.AddRange(Enumerable.Range(0, 2000).Select(i => new ValueInput { IndicatorId = "I.1", Note = new string('x', 2100) }));
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues, request));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task A_call_whose_deadline_passes_is_DEADLINE_EXCEEDED()
    {
        // An import whose client goes quiet: the server is waiting for the next batch when the deadline passes.
        var options = server.As("op.gianghia").WithDeadline(DateTime.UtcNow.AddMilliseconds(300));
        using var call = new Cchc.V1.Imports.ImportsClient(server.Channel).ImportValues(options);
        await call.RequestStream.WriteAsync(new ImportBatch { IdempotencyKey = "deadline-1", UnitCode = "67.660", PeriodId = "2021-Q3", Rows = { new ImportRow { Indicator = "I.1", RawValue = "1" } } });
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }
}
