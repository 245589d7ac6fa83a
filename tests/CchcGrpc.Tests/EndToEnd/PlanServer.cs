using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store.Sqlite;
using Role = CchcGrpc.Server.Domain.Access.Role;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// The reporting server with, besides the demo province's plan (seed 003 for 67), a small 2024 plan
/// for Gia Nghĩa (67.660, led by its Phòng Nội vụ, which is no unit of the organisation, so the
/// city's own operator records it) and one for Bình Thuận (60), and an operator of Sở Nội vụ.
/// </summary>
public sealed class PlanServer : ReportingServer, IAsyncLifetime
{
    public const string SnvOperator = "op.snv";

    /// <summary>A service token of Gia Nghĩa with every plan and index scope.</summary>
    public const string PlanWriter = "svc.plans";

    /// <summary>A service token of Gia Nghĩa that may read plans and indices, not write them.</summary>
    public const string PlanReader = "svc.planread";

    /// <summary>Gia Nghĩa's activities: I.1.1 ends in March, I.1.2 in June, I.1.3 runs all year.</summary>
    public static readonly string GiaNghiaPlan = PlanDocuments.District("thành phố Gia Nghĩa", 2024,
        ("1.1", "Ban hành Kế hoạch CCHC năm 2024 của thành phố", "Phòng Nội vụ", "Tháng 1", "Tháng 3"),
        ("1.2", "Kiểm tra công tác CCHC tại UBND các phường, xã", "Phòng Nội vụ", "Tháng 4", "Tháng 6"),
        ("1.3", "Tuyên truyền CCHC trên Trang thông tin điện tử", "Văn phòng HĐND và UBND thành phố", "Thường xuyên", "Thường xuyên"));

    public static readonly string BinhThuanPlan = PlanDocuments.District("tỉnh Bình Thuận", 2024,
        ("1.1", "Ban hành Kế hoạch CCHC năm 2024 của tỉnh", "Sở Nội vụ", "Tháng 1", "Tháng 2"));

    private readonly Dictionary<string, string> _extraTokens = new(StringComparer.Ordinal);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var accounts = new Accounts(new SqliteUserStore(App.Database), new PasswordHasher(1000), TimeProvider.System);
        await accounts.AddUserAsync(SnvOperator, Role.Operator, "67.SNV", Password, CancellationToken.None);
        _extraTokens[SnvOperator] = (await Channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = SnvOperator, Password = Password })).Token;
        foreach (var (name, scopes) in new[] { (PlanWriter, new[] { Scopes.PlansRead, Scopes.PlansWrite, Scopes.IndicesRead, Scopes.IndicesWrite }), (PlanReader, new[] { Scopes.PlansRead, Scopes.IndicesRead }) })
        {
            var service = await accounts.AddUserAsync(name, Role.Service, "67.660", null, CancellationToken.None);
            _extraTokens[name] = (await accounts.IssueTokenAsync(service, TimeSpan.FromHours(1), scopes, CancellationToken.None)).Token;
        }
        // Plans are imported by their unit's operator or a reviewer; 60 has neither among the fixture's accounts, so a token of its own.
        await accounts.AddUserAsync("op.binhthuan", Role.Operator, "60", Password, CancellationToken.None);
        var btToken = (await Channel.UnaryCall(Rpc.Login, new LoginRequest { UserName = "op.binhthuan", Password = Password })).Token;
        await Channel.UnaryCall(PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "67.660", Text = GiaNghiaPlan }, CallHelpers.Bearer(TokenOf("op.gianghia")));
        await Channel.UnaryCall(PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "60", Text = BinhThuanPlan }, CallHelpers.Bearer(btToken));
    }

    /// <summary>Calls as one of the fixture's accounts, as <see cref="SnvOperator"/>, <see cref="PlanWriter"/> or <see cref="PlanReader"/> (null: without a token).</summary>
    public Task<TResponse> CallAs<TRequest, TResponse>(string? user, Grpc.Core.Method<TRequest, TResponse> method, TRequest request, string? language = null)
        where TRequest : class
        where TResponse : class =>
        user is not null && _extraTokens.TryGetValue(user, out var token)
            ? Channel.UnaryCall(method, request, CallHelpers.Bearer(token, language)).ResponseAsync
            : CallAsync(user, method, request, language);
}
