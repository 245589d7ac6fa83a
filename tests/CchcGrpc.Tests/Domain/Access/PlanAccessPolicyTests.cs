using CchcGrpc.Server.Domain.Access;

namespace CchcGrpc.Tests.Domain.Access;

/// <summary>The plan and index rules for service tokens, case by case (the wire matrix, PlanAccessMatrixTests, shows them per RPC).</summary>
public sealed class PlanAccessPolicyTests
{
    private const string Province = "/67/";
    private const string GiaNghia = "/67/67.660/";
    private const string Snv = "/67/67.SNV/";
    private const string BinhThuan = "/60/";

    private static Principal Service(string? unitPath, params string[] scopes) =>
        new("svc", Role.Service, unitPath is null ? null : "x", unitPath, new HashSet<string>(scopes));

    [Fact]
    public void A_token_with_plans_read_reads_the_plans_it_covers_and_no_others()
    {
        var token = Service(Province, Scopes.PlansRead);
        Assert.True(AccessPolicy.Allows(token, Operation.ReadPlan, GiaNghia));
        Assert.False(AccessPolicy.Allows(token, Operation.ReadPlan, BinhThuan));
        Assert.False(AccessPolicy.Allows(token, Operation.ImportPlan, GiaNghia));
        Assert.False(AccessPolicy.Allows(token, Operation.RecordProgress, Snv));
        Assert.True(AccessPolicy.Allows(Service(null, Scopes.PlansRead), Operation.ReadPlan, BinhThuan));
    }

    [Fact]
    public void A_token_with_plans_write_imports_and_records_for_the_units_it_covers()
    {
        var token = Service(Snv, Scopes.PlansWrite);
        Assert.True(AccessPolicy.Allows(token, Operation.RecordProgress, Snv));
        Assert.True(AccessPolicy.Allows(token, Operation.ImportPlan, Snv));
        Assert.False(AccessPolicy.Allows(token, Operation.RecordProgress, GiaNghia));
        Assert.False(AccessPolicy.Allows(token, Operation.ReadPlan, Snv)); // writing is not reading
    }

    [Fact]
    public void Index_scopes_read_and_import_results_within_the_token_unit()
    {
        Assert.True(AccessPolicy.Allows(Service(Province, Scopes.IndicesRead), Operation.ReadIndex, GiaNghia));
        Assert.False(AccessPolicy.Allows(Service(Province, Scopes.IndicesRead), Operation.ImportIndex, GiaNghia));
        Assert.True(AccessPolicy.Allows(Service(null, Scopes.IndicesWrite), Operation.ImportIndex, BinhThuan));
        Assert.True(AccessPolicy.Allows(Service(Province, Scopes.IndicesWrite), Operation.ImportCriterionPlan, Snv));
        Assert.False(AccessPolicy.Allows(Service(Province, Scopes.IndicesWrite), Operation.ImportIndex, BinhThuan));
    }

    [Fact]
    public void Roles_as_the_issue_sets_them()
    {
        var operatorSnv = new Principal("op.snv", Role.Operator, "67.SNV", Snv, new HashSet<string>());
        var reviewer = new Principal("rv", Role.Reviewer, "67", Province, new HashSet<string>());
        var admin = new Principal("admin", Role.Admin, null, null, new HashSet<string>());
        Assert.True(AccessPolicy.Allows(operatorSnv, Operation.RecordProgress, Snv));
        Assert.False(AccessPolicy.Allows(operatorSnv, Operation.RecordProgress, GiaNghia));
        Assert.False(AccessPolicy.Allows(operatorSnv, Operation.ReadPlan, Province));
        Assert.True(AccessPolicy.Allows(operatorSnv, Operation.ReadIndex, GiaNghia)); // peers under its parent, as analytics
        Assert.True(AccessPolicy.Allows(reviewer, Operation.ReadPlan, GiaNghia));
        Assert.False(AccessPolicy.Allows(reviewer, Operation.RecordProgress, Snv));
        Assert.True(AccessPolicy.Allows(reviewer, Operation.ImportPlan, Snv));
        Assert.False(AccessPolicy.Allows(admin, Operation.RecordProgress, Snv));
        Assert.True(AccessPolicy.Allows(admin, Operation.ReadPlan, BinhThuan));
        Assert.True(AccessPolicy.Allows(admin, Operation.ImportIndex, BinhThuan));
    }
}
