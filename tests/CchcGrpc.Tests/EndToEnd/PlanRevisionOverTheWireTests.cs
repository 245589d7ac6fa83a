using Cchc.V1;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>A revised plan over the wire: a new version, the progress of unchanged activities kept (its own server: it changes the demo plan).</summary>
public sealed class PlanRevisionOverTheWireTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task A_revision_is_version_2_and_only_the_changed_activity_loses_its_progress()
    {
        var seed = File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvincePlan2024));
        // II.1.3 (lines 403–411) moves its end from Tháng 6 to Tháng 8.
        var revised = seed.Replace("\tTờ rơi, tờ gấp của Sở Tư pháp\n\tSở Tư pháp\n\tCác cơ quan, đơn vị có liên quan\n\tTháng 3\n\tTháng 6", "\tTờ rơi, tờ gấp của Sở Tư pháp\n\tSở Tư pháp\n\tCác cơ quan, đơn vị có liên quan\n\tTháng 3\n\tTháng 8", StringComparison.Ordinal);
        Assert.NotEqual(seed, revised);
        var before = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", PageSize = 100 });
        Assert.All(before.Activities, a => Assert.NotNull(a.Progress)); // the demo progress covers every activity
        // A dry run says what the import would do, the progress it would keep included, and writes nothing.
        var dry = await server.CallAsync("rv.daknong", PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "67", Text = revised, ValidateOnly = true });
        Assert.Equal((ImportOutcome.Revised, 2, 48), (dry.Outcome, dry.Plan.Version, dry.ProgressCarried));
        Assert.Equal(1, (await server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024" })).LatestVersion);
        var result = await server.CallAsync("rv.daknong", PlanRpc.ImportPlan, new ImportPlanRequest { UnitCode = "67", Text = revised });
        Assert.Equal((ImportOutcome.Revised, 2, 48), (result.Outcome, result.Plan.Version, result.ProgressCarried));
        var after = await server.CallAsync("rv.daknong", PlanRpc.ListActivities, new ListActivitiesRequest { Plan = "plans/67/2024", PageSize = 100 });
        Assert.Null(after.Activities.Single(a => a.Activity.Key == "II.1.3").Progress);
        Assert.Equal(8, after.Activities.Single(a => a.Activity.Key == "II.1.3").Activity.End.Month);
        Assert.Equal(before.Activities.Single(a => a.Activity.Key == "I.2.1").Progress, after.Activities.Single(a => a.Activity.Key == "I.2.1").Progress);
        var v1 = await server.CallAsync("rv.daknong", PlanRpc.GetPlan, new GetPlanRequest { Name = "plans/67/2024", Version = 1 });
        Assert.Equal((1, 2), (v1.Version, v1.LatestVersion));
    }
}
