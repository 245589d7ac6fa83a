using Cchc.V1;
using CchcGrpc.Tests.Seeds;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// Every role × Plans/Indices RPC × own/other unit, as <see cref="AccessMatrixTests"/> does for the
/// other services. "Own" is Gia Nghĩa (67.660): the operator's unit (and the lead of its plan's
/// activities, whose lead cells name no unit of the organisation), inside the reviewer's subtree and
/// the service account's unit. "Other" is Bình Thuận (60). svc.reader has units/reports/analytics
/// read but neither plans.read nor indices.read, and svc.gianghia only reports.write: both are
/// refused everything here, which is the scope rule at work. svc.plans (Gia Nghĩa, plans.read,
/// plans.write, indices.read, indices.write) does for its unit what its scopes name, svc.planread
/// (plans.read, indices.read) reads it only. Writes are dry runs or stale, so nothing changes while the matrix runs.
/// </summary>
public sealed class PlanAccessMatrixTests(PlanServer server) : IClassFixture<PlanServer>
{
    private const string Own = "67.660";
    private const string Other = "60";
    private const string Y = "allowed";
    private const string N = "denied";

    // rpc, then for op.gianghia, rv.gianghia, admin, svc.reader, svc.gianghia, svc.plans, svc.planread: own/other.
    private static readonly (string Rpc, string[] Own, string[] Other)[] Table =
    [
        //                       op rv adm svR svW svP svPR        op rv adm svR svW svP svPR
        ("ImportPlan",          [Y, Y, N, N, N, Y, N], [N, N, N, N, N, N, N]),
        ("GetPlan",             [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("ListPlans",           [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("ListActivities",      [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("RecordProgress",      [Y, N, N, N, N, Y, N], [N, N, N, N, N, N, N]),
        ("GetPlanProgress",     [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("ImportIndexResults",  [N, Y, Y, N, N, Y, N], [N, N, Y, N, N, N, N]),
        ("GetIndexResult",      [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("ListIndexResults",    [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("CompareIndex",        [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("TrendIndex",          [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
        ("ImportCriterionPlan", [Y, Y, N, N, N, Y, N], [N, N, N, N, N, N, N]),
        ("GetCriterionPlan",    [Y, Y, Y, N, N, Y, Y], [N, N, Y, N, N, N, N]),
    ];

    private static readonly string[] Callers = ["op.gianghia", "rv.gianghia", "admin", "svc.reader", "svc.gianghia", PlanServer.PlanWriter, PlanServer.PlanReader];

    private static readonly string CriterionText = File.ReadAllText(SeedFiles.PathOf(SeedFiles.OfficeIndexReport2020));

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

    public static TheoryData<string> Rpcs()
    {
        var data = new TheoryData<string>();
        foreach (var row in Table)
        {
            data.Add(row.Rpc);
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
    public void The_matrix_covers_every_method_of_both_services()
    {
        var methods = PlansReflection.Descriptor.Services.Concat(IndicesReflection.Descriptor.Services).SelectMany(s => s.Methods).Select(m => m.Name).Order();
        Assert.Equal(methods, Table.Select(t => t.Rpc).Order());
    }

    [Fact]
    public async Task Allowed_writes_in_the_matrix_changed_nothing()
    {
        foreach (var (rpc, _, _) in Table)
        {
            foreach (var caller in Callers)
            {
                await OutcomeAsync(() => Call(rpc, caller, Own));
            }
        }
        var plan = await server.CallAsync("admin", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67.660/2024" });
        Assert.Equal(1, plan.LatestVersion);
        var missing = await OutcomeAsync(() => server.CallAsync("admin", PlanRpc.GetIndexResult, new GetIndexResultRequest { Kind = IndexKind.Pci, UnitCode = Own, Year = 2030 }));
        Assert.Equal(StatusCode.NotFound, missing);
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
        var plan = $"plans/{unit}/2024";
        var text = unit == Own ? PlanServer.GiaNghiaPlan : PlanServer.BinhThuanPlan;
        return rpc switch
        {
            "ImportPlan" => server.CallAs(caller, PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = unit, Text = text + "\n", ValidateOnly = true }),
            "GetPlan" => server.CallAs(caller, PlanRpc.GetPlan, new GetPlanRequest { Name = plan }),
            "ListPlans" => server.CallAs(caller, PlanRpc.ListPlans, new ListPlansRequest { UnitCode = unit }),
            "ListActivities" => server.CallAs(caller, PlanRpc.ListActivities, new ListActivitiesRequest { Plan = plan }),
            // A stale plan version: allowed callers get FAILED_PRECONDITION, nothing is written.
            "RecordProgress" => server.CallAs(caller, PlanRpc.RecordProgress, new RecordProgressRequest { Plan = plan, ActivityKey = "I.1.1", PeriodId = "2024-Q1", Status = ActivityStatus.Done, PlanVersion = 99 }),
            "GetPlanProgress" => server.CallAs(caller, PlanRpc.GetPlanProgress, new GetPlanProgressRequest { Plan = plan }),
            "ImportIndexResults" => server.CallAs(caller, PlanRpc.ImportIndexResults, new ImportIndexResultsRequest
            {
                ValidateOnly = true,
                Results = { new IndexResult { Kind = IndexKind.Pci, UnitCode = unit, Year = 2030, Total = "60", Demo = true } },
            }),
            "GetIndexResult" => server.CallAs(caller, PlanRpc.GetIndexResult, new GetIndexResultRequest { Kind = IndexKind.ParIndex, UnitCode = unit, Year = 2024 }),
            "ListIndexResults" => server.CallAs(caller, PlanRpc.ListIndexResults, new ListIndexResultsRequest { UnitCode = unit }),
            "CompareIndex" => server.CallAs(caller, PlanRpc.CompareIndex, new CompareIndexRequest { Kind = IndexKind.ParIndex, Year = 2024, DescendantsOf = unit }),
            "TrendIndex" => server.CallAs(caller, PlanRpc.TrendIndex, new TrendIndexRequest { Kind = IndexKind.ParIndex, UnitCode = unit }),
            "ImportCriterionPlan" => server.CallAs(caller, PlanRpc.ImportCriterionPlan, new ImportCriterionPlanRequest { UnitCode = unit, Year = 2020, Text = CriterionText, ValidateOnly = true }),
            "GetCriterionPlan" => server.CallAs(caller, PlanRpc.GetCriterionPlan, new GetCriterionPlanRequest { Kind = IndexKind.ParIndex, UnitCode = unit, Year = 2020 }),
            _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, null),
        };
    }
}
