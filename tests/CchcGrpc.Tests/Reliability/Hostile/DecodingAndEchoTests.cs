using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using CchcGrpc.Tests.Wire;
using Grpc.Core;

namespace CchcGrpc.Tests.Reliability.Hostile;

/// <summary>
/// Two defects the generated requests found, kept fixed: request bytes that are not a protobuf
/// message were UNKNOWN with an Error log line per call (grpc-dotnet decodes a unary request before
/// any interceptor) or INTERNAL (a client stream); and an error quoting a huge argument pushed the
/// trailers past the client's 64 KiB header limit, so the caller saw UNAVAILABLE instead of its error.
/// </summary>
public sealed class DecodingAndEchoTests(ObservedServer server) : IClassFixture<ObservedServer>
{
    // A length-delimited field 1 whose length runs past the end of the message.
    private static readonly byte[] Broken = [0x0A, 0xFF, 0xFF, 0x03, 0x41];

    [Theory]
    [InlineData("cchc.v1.Reports.GetReport", "op.gianghia")]
    [InlineData("cchc.v1.Auth.Login", null)]
    [InlineData("cchc.v1.Units.ListUnits", null)]
    [InlineData("cchc.v1.Imports.ImportValues", "svc.gianghia")]
    public async Task Bytes_that_are_no_message_are_INVALID_ARGUMENT_with_a_reason_and_log_no_error(string method, string? caller)
    {
        var descriptor = CchcServices.Methods.Single(m => m.FullName == method);
        var headers = new Metadata();
        if (caller is not null)
        {
            headers.Add("authorization", "Bearer " + server.TokenOf(caller));
        }
        var errorsBefore = server.Logs.Lines.Count(l => l.Level >= LogLevel.Error);

        var status = await RawCall.RunAsync(server.Channel, descriptor, [Broken], headers, TimeSpan.FromSeconds(10));

        Assert.Equal(StatusCode.InvalidArgument, status.StatusCode);
        Assert.Contains("malformed protobuf", status.Detail, StringComparison.Ordinal);
        Assert.Equal(errorsBefore, server.Logs.Lines.Count(l => l.Level >= LogLevel.Error));
    }

    [Fact]
    public async Task An_error_about_a_megabyte_argument_reaches_the_caller_bounded()
    {
        var huge = "reports/" + new string('x', 1_000_000) + "/2024";
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = huge }));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.EndsWith("…", error.Status.Detail, StringComparison.Ordinal); // it quotes the name: cut at 500 characters
        Assert.Equal(501, error.Status.Detail.Length);
        Assert.InRange(error.Trailers.Sum(t => t.IsBinary ? t.ValueBytes.Length : t.Value.Length), 1, 16 * 1024);
    }
}
