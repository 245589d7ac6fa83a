using Cchc.V1;
using CchcGrpc.Tests.EndToEnd;
using Google.Rpc;
using Grpc.Core;

namespace CchcGrpc.Tests.Wire;

/// <summary>
/// Every refusal is a google.rpc.Status: a stable ErrorInfo reason for programs, a LocalizedMessage
/// for people in the caller's language (Vietnamese unless accept-language asks for English), and
/// an English status message for developers and logs.
/// </summary>
public sealed class ErrorDetailTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private const string Missing = "reports/67.660/2019";

    [Fact]
    public async Task A_missing_report_is_REPORT_NOT_FOUND_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var vi = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = Missing }));
        var en = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = Missing }, "en-US,en;q=0.9"));
        foreach (var error in new[] { vi, en })
        {
            Assert.Equal(StatusCode.NotFound, error.StatusCode);
            Assert.Equal(("REPORT_NOT_FOUND", "cchc.v1"), (error.Reason(), error.Detail<ErrorInfo>()!.Domain));
            Assert.Equal($"Report {Missing} does not exist.", error.Status.Detail);
        }
        Assert.Equal(("vi", $"Báo cáo {Missing} không tồn tại."), (vi.Detail<LocalizedMessage>()!.Locale, vi.Detail<LocalizedMessage>()!.Message));
        Assert.Equal(("en", $"Report {Missing} does not exist."), (en.Detail<LocalizedMessage>()!.Locale, en.Detail<LocalizedMessage>()!.Message));
    }

    [Fact]
    public async Task Field_violations_carry_their_own_localized_message()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = "reports/67.660/2022-Q3",
            Values = { new ValueInput { IndicatorId = "III.3.1.1", RawText = "-4" } },
        }));
        Assert.Equal((StatusCode.InvalidArgument, "VALUE_INVALID"), (error.StatusCode, error.Reason()));
        var violation = Assert.Single(error.Detail<BadRequest>()!.FieldViolations);
        Assert.Equal("values[0].raw_text", violation.Field);
        Assert.Equal("vi", violation.LocalizedMessage.Locale);
        Assert.Contains("không được âm", violation.LocalizedMessage.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be negative", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_operation_is_ACCESS_DENIED_naming_the_operation_and_the_unit()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/60/2023" }, "en"));
        Assert.Equal((StatusCode.PermissionDenied, "ACCESS_DENIED"), (error.StatusCode, error.Reason()));
        var info = error.Detail<ErrorInfo>()!;
        Assert.Equal(("ReadReport", "60"), (info.Metadata["operation"], info.Metadata["unit_code"]));
        Assert.Equal("op.gianghia (operator) may not read this report (reports/60/2023).", error.Detail<LocalizedMessage>()!.Message);
    }

    [Fact]
    public async Task A_stale_revision_is_STALE_REVISION_with_the_current_revision_for_programs()
    {
        const string name = "reports/67.660/2022-Q4";
        await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest { Name = name, Values = { new ValueInput { IndicatorId = "I.1", RawText = "2" } } });
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues,
            new UpdateReportValuesRequest { Name = name, BaseRevision = 0, Values = { new ValueInput { IndicatorId = "I.1", RawText = "3" } } }));
        Assert.Equal((StatusCode.Aborted, "STALE_REVISION", "1"), (error.StatusCode, error.Reason(), error.Detail<ErrorInfo>()!.Metadata["current_revision"]));
        Assert.StartsWith("Báo cáo reports/67.660/2022-Q4 đang ở phiên bản 1", error.Detail<LocalizedMessage>()!.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, StatusCode, string> Refusals() => new()
    {
        { "unauthenticated", StatusCode.Unauthenticated, "TOKEN_MISSING" },
        { "bad-name", StatusCode.InvalidArgument, "ARGUMENT_INVALID" },
        { "bad-period", StatusCode.InvalidArgument, "ARGUMENT_INVALID" },
        { "locked", StatusCode.FailedPrecondition, "REPORT_LOCKED" },
        { "not-reviewable", StatusCode.FailedPrecondition, "REPORT_NOT_REVIEWABLE" },
        { "no-catalog", StatusCode.NotFound, "CATALOG_VERSION_NOT_FOUND" },
        { "no-unit", StatusCode.NotFound, "UNIT_NOT_FOUND" },
        { "wrong-password", StatusCode.Unauthenticated, "LOGIN_FAILED" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Every_refusal_has_a_reason_and_messages_in_both_languages(string kind, StatusCode code, string reason)
    {
        Task Call(string? language) => kind switch
        {
            "unauthenticated" => server.CallAsync(null, Rpc.WhoAmI, new WhoAmIRequest(), language),
            "bad-name" => server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = "67/2023" }, language),
            "bad-period" => server.CallAsync("admin", Rpc.GetReport, new GetReportRequest { Name = "reports/67/2023-H2" }, language),
            // Demo reports of 2023 are approved: no more edits.
            "locked" => server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest { Name = "reports/67.660/2023", BaseRevision = 3 }, language),
            "not-reviewable" => server.CallAsync("rv.daknong", Rpc.Approve, new ChangeReportStatusRequest { Name = "reports/67.660/2023", BaseRevision = 3 }, language),
            "no-catalog" => server.CallAsync("admin", Rpc.GetCatalog, new GetCatalogRequest { Version = "1999.9" }, language),
            "no-unit" => server.CallAsync("admin", Rpc.GetUnit, new GetUnitRequest { Code = "99.999" }, language),
            _ => server.CallAsync(null, Rpc.Login, new LoginRequest { UserName = "admin", Password = "not-the-password" }, language),
        };
        var vi = await Assert.ThrowsAsync<RpcException>(() => Call(null));
        var en = await Assert.ThrowsAsync<RpcException>(() => Call("en"));
        Assert.Equal((code, reason), (vi.StatusCode, vi.Reason()));
        Assert.Equal((code, reason), (en.StatusCode, en.Reason()));
        Assert.Equal("vi", vi.Detail<LocalizedMessage>()!.Locale);
        Assert.Equal("en", en.Detail<LocalizedMessage>()!.Locale);
        Assert.NotEqual(vi.Detail<LocalizedMessage>()!.Message, en.Detail<LocalizedMessage>()!.Message);
        Assert.Equal(en.Detail<LocalizedMessage>()!.Message, en.Status.Detail);
        Assert.Equal(en.Status.Detail, vi.Status.Detail);
    }
}
