using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>Bad input gets INVALID_ARGUMENT naming each bad field, and leaves no partial write.</summary>
public sealed class BadInputTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private const string Name = "reports/67.660/2022-Q3";

    private async Task<(RpcException Error, Report Stored)> RejectedAsync(params ValueInput[] values)
    {
        var created = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest { Name = Name, Values = { new ValueInput { IndicatorId = "I.1", RawText = "4" } } })
            .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result.Report : null);
        var before = created ?? await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Name });
        var request = new UpdateReportValuesRequest { Name = Name, BaseRevision = before.Revision };
        request.Values.Add(new ValueInput { IndicatorId = "I.2.1", RawText = "56" }); // a good value that must not be written either
        request.Values.AddRange(values);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues, request));
        var after = await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Name });
        Assert.Equal(before.Revision, after.Revision);
        Assert.DoesNotContain(after.Values, v => v.IndicatorId == "I.2.1" && v.RawText == "56");
        return (error, after);
    }

    public static TheoryData<string, string, string> BadValues() => new()
    {
        { "III.3.1.1", "-5", "values[1].raw_text" },           // a negative count
        { "III.3.1.1", "12,5", "values[1].raw_text" },         // a count is whole
        { "III.3.1.1", "nhiều", "values[1].raw_text" },        // words in a number cell
        { "VII.2", "7", "values[1].raw_text" },                // not one of Chưa có = 0, 2 cấp = 1, 3 cấp = 2
        { "III.9.9", "1", "values[1].indicator_id" },          // no such indicator
        { "I.8", "1", "values[1].indicator_id" },              // a department-only row, not a district's
        { "III.3.1.1", new string('9', 250), "values[1].raw_text" }, // oversized
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_bad_value_is_INVALID_ARGUMENT_naming_the_field_and_nothing_is_written(string indicator, string raw, string field)
    {
        var (error, _) = await RejectedAsync(new ValueInput { IndicatorId = indicator, RawText = raw });
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.Detail<Google.Rpc.BadRequest>()!.FieldViolations);
        Assert.Equal(field, violation.Field);
    }

    [Fact]
    public async Task Every_bad_value_of_a_request_is_reported_at_once()
    {
        var (error, _) = await RejectedAsync(
            new ValueInput { IndicatorId = "III.3.1.1", RawText = "-1" },
            new ValueInput { IndicatorId = "nope", RawText = "1" },
            new ValueInput { IndicatorId = "I.1", RawText = "1", Note = new string('x', 3000) });
        Assert.Equal(["values[1].raw_text", "values[2].indicator_id", "values[3].note"],
            error.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("reports/67.660")]
    [InlineData("67.660/2022")]
    [InlineData("reports/67.660/2022-Q5")]
    [InlineData("reports/99.999/2022")]
    public async Task A_malformed_report_name_is_INVALID_ARGUMENT(string name)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = name }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("name", Assert.Single(error.Detail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
    }

    [Fact]
    public async Task An_unknown_read_mask_path_is_INVALID_ARGUMENT()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.GetReport,
            new GetReportRequest { Name = "reports/67.660/2024", ReadMask = new() { Paths = { "valuez" } } }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task An_oversized_request_is_RESOURCE_EXHAUSTED()
    {
        var request = new UpdateReportValuesRequest { Name = Name };
        request.Narrative.Add(new NarrativeSection { Key = "I", Heading = "x", Body = new string('a', 5 * 1024 * 1024) });
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues, request));
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }
}
