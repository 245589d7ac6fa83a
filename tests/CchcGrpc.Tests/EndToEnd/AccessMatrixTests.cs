using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// Every role × RPC × own/other unit. "Own" is Gia Nghĩa (67.660): the operator's unit, inside
/// the reviewer's subtree and the service account's unit. "Other" is Bình Thuận (60), outside all
/// of them. Allowed calls may still fail for other reasons (a stale revision, a report already
/// reviewed): the matrix only asserts who is refused with PERMISSION_DENIED. Writes use a stale
/// base revision, so nothing changes while the matrix runs.
/// </summary>
public sealed class AccessMatrixTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private const string Own = "67.660";
    private const string Other = "60";
    private const string Y = "allowed";
    private const string N = "denied";

    // rpc, then for op.gianghia, rv.gianghia, admin, svc.reader, svc.gianghia: own/other.
    private static readonly (string Rpc, string[] Own, string[] Other)[] Table =
    [
        //                     op  rv  admin svcR svcW          op  rv  admin svcR svcW
        ("WhoAmI",            [Y, Y, Y, Y, Y], [Y, Y, Y, Y, Y]),
        ("ListUnits",         [Y, Y, Y, Y, N], [Y, Y, Y, Y, N]),
        ("GetUnit",           [Y, Y, Y, Y, N], [Y, Y, Y, Y, N]),
        ("GetUnitLineage",    [Y, Y, Y, Y, N], [Y, Y, Y, Y, N]),
        ("CreateUnit",        [N, N, Y, N, N], [N, N, Y, N, N]),
        ("GetCatalog",        [Y, Y, Y, Y, Y], [Y, Y, Y, Y, Y]),
        ("ListCatalogVersions", [Y, Y, Y, Y, Y], [Y, Y, Y, Y, Y]),
        ("ListPeriods",       [Y, Y, Y, Y, Y], [Y, Y, Y, Y, Y]),
        ("GetReport",         [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("ListReports",       [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("ValidateReport",    [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("GetReportHistory",  [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("UpdateReportValues", [Y, N, N, N, Y], [N, N, N, N, N]),
        ("SubmitReport",      [Y, N, N, N, Y], [N, N, N, N, N]),
        ("ApproveReport",     [N, Y, N, N, N], [N, N, N, N, N]),
        ("ReturnReport",      [N, Y, N, N, N], [N, N, N, N, N]),
        ("RollUp",            [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("Compare",           [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("Trend",             [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
        ("GetCompleteness",   [Y, Y, Y, Y, N], [N, N, Y, Y, N]),
    ];

    private static readonly string[] Callers = ["op.gianghia", "rv.gianghia", "admin", "svc.reader", "svc.gianghia"];

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (rpc, own, other) in Table)
        {
            for (var i = 0; i < Callers.Length; i++)
            {
                data.Add(rpc, Callers[i], "own", own[i]);
                data.Add(rpc, Callers[i], "other", other[i]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_caller_may_do_exactly_what_its_role_allows(string rpc, string caller, string target, string expected)
    {
        var unit = target == "own" ? Own : Other;
        var outcome = await OutcomeAsync(() => Call(rpc, caller, unit));
        Assert.True(expected == Y ? outcome != StatusCode.PermissionDenied : outcome == StatusCode.PermissionDenied,
            $"{caller} {rpc} on {target} unit {unit}: expected {expected}, got {outcome}");
        Assert.NotEqual(StatusCode.Unauthenticated, outcome);
    }

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Without_a_token_every_RPC_is_UNAUTHENTICATED(string rpc) =>
        Assert.Equal(StatusCode.Unauthenticated, await OutcomeAsync(() => Call(rpc, null, Own)));

    [Fact]
    public async Task A_forged_token_is_UNAUTHENTICATED()
    {
        var options = CallHelpers.Bearer("cchc_forged");
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Channel.UnaryCall(Rpc.WhoAmI, new WhoAmIRequest(), options).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    public static TheoryData<string> Rpcs()
    {
        var data = new TheoryData<string>();
        foreach (var row in Table)
        {
            data.Add(row.Rpc);
        }
        return data;
    }

    private static async Task<StatusCode> OutcomeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    private Task Call(string rpc, string? caller, string unit)
    {
        var report = $"reports/{unit}/2024";
        var stale = new ChangeReportStatusRequest { Name = report, BaseRevision = 999_999, Comment = "kiểm tra quyền" };
        return rpc switch
        {
            "WhoAmI" => server.CallAsync(caller, Rpc.WhoAmI, new WhoAmIRequest()),
            "ListUnits" => server.CallAsync(caller, Rpc.ListUnits, new ListUnitsRequest { ParentCode = unit }),
            "GetUnit" => server.CallAsync(caller, Rpc.GetUnit, new GetUnitRequest { Code = unit }),
            "GetUnitLineage" => server.CallAsync(caller, Rpc.GetUnitLineage, new GetUnitRequest { Code = unit }),
            // An incomplete unit: allowed callers get INVALID_ARGUMENT, and nothing is created.
            "CreateUnit" => server.CallAsync(caller, Rpc.CreateUnit, new CreateUnitRequest { Unit = new Unit { Code = unit + ".X", ParentCode = unit } }),
            "GetCatalog" => server.CallAsync(caller, Rpc.GetCatalog, new GetCatalogRequest()),
            "ListCatalogVersions" => server.CallAsync(caller, Rpc.ListCatalogVersions, new ListCatalogVersionsRequest()),
            "ListPeriods" => server.CallAsync(caller, Rpc.ListPeriods, new ListPeriodsRequest { FromYear = 2024, ToYear = 2024 }),
            "GetReport" => server.CallAsync(caller, Rpc.GetReport, new GetReportRequest { Name = report }),
            "ListReports" => server.CallAsync(caller, Rpc.ListReports, new ListReportsRequest { UnitCode = unit }),
            "ValidateReport" => server.CallAsync(caller, Rpc.Validate, new ValidateReportRequest { Name = report }),
            "GetReportHistory" => server.CallAsync(caller, Rpc.History, new GetReportHistoryRequest { Name = report }),
            "UpdateReportValues" => server.CallAsync(caller, Rpc.UpdateValues, new UpdateReportValuesRequest
            {
                Name = report, BaseRevision = 999_999, Values = { new ValueInput { IndicatorId = "I.1", RawText = "1" } },
            }),
            "SubmitReport" => server.CallAsync(caller, Rpc.Submit, stale),
            "ApproveReport" => server.CallAsync(caller, Rpc.Approve, stale),
            "ReturnReport" => server.CallAsync(caller, Rpc.Return, stale),
            "RollUp" => server.CallAsync(caller, Rpc.RollUp, new RollUpRequest { UnitCode = unit, PeriodId = "2024", IndicatorIds = { "I.1" } }),
            "Compare" => server.CallAsync(caller, Rpc.Compare, new CompareRequest { PeriodId = "2024", DescendantsOf = unit, IndicatorIds = { "I.1" } }),
            "Trend" => server.CallAsync(caller, Rpc.Trend, new TrendRequest { UnitCode = unit, IndicatorIds = { "I.1" }, FromYear = 2023, ToYear = 2024 }),
            "GetCompleteness" => server.CallAsync(caller, Rpc.Completeness, new CompletenessRequest { UnitCode = unit, PeriodId = "2024" }),
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, null),
        };
    }
}
