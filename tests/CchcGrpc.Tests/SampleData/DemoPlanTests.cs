using CchcGrpc.Server.Domain.Indices;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.SampleData;

/// <summary>The demo province's plan (seed 003, embedded as published) with demo progress, and the demo index results.</summary>
public sealed class DemoPlanTests
{
    private static readonly Plan Plan = DemoPlan.Read().ToPlan("67", 2024, new PartyResolver(SampleOrganisation.Load().Units));

    [Fact]
    public void The_embedded_plan_is_seed_003_unchanged()
    {
        Assert.Equal(File.ReadAllText(SeedFiles.PathOf(SeedFiles.ProvincePlan2024)), DemoPlan.Text());
        Assert.Equal(49, Plan.Activities.Count());
    }

    [Fact]
    public void Demo_progress_is_plausible_and_says_it_is_demo()
    {
        var progress = DemoPlan.Progress(Plan, ReportingCalendar.Default);
        Assert.Equal(98, progress.Count); // each activity at 2024-H1 and at 2024
        Assert.All(progress, p => Assert.Equal(DemoPlan.DemoNote, p.Note));
        var byKey = Plan.Activities.ToDictionary(a => a.Key);
        foreach (var p in progress)
        {
            var period = PeriodId.Parse(p.PeriodId);
            var activity = byKey[p.ActivityKey];
            Assert.True(p.Status != ActivityStatus.NotDone || p.Reason.Length > 0, $"{p.ActivityKey} not done without a reason");
            Assert.True(p.Status != ActivityStatus.DoneLate || activity.End.Month < period.LastMonth, $"{p.ActivityKey} done late before its end month {activity.End.Text} at {p.PeriodId}");
            Assert.True(period.Kind == PeriodKind.Year || activity.Start.Month is not > 6 || p.Status == ActivityStatus.NotStarted, $"{p.ActivityKey} under way at mid-year before it starts");
        }
        // Done at mid-year stays done at year end.
        var half = progress.Where(p => p.PeriodId == "2024-H1").ToDictionary(p => p.ActivityKey);
        Assert.All(progress.Where(p => p.PeriodId == "2024" && half[p.ActivityKey].Status is ActivityStatus.Done or ActivityStatus.DoneLate),
            p => Assert.Equal(half[p.ActivityKey].Status, p.Status));
        var year = PlanCompletion.Of(Plan, progress, PeriodId.ForYear(2024));
        var mid = PlanCompletion.Of(Plan, progress, PeriodId.FirstHalf(2024));
        Assert.InRange(year.Completed, 40, 49);
        Assert.True(mid.Completed < year.Completed);
    }

    [Fact]
    public void Demo_index_results_are_all_marked_demo_and_pass_the_rules()
    {
        var results = DemoIndices.Load();
        Assert.All(results, r => Assert.True(r.Demo));
        Assert.All(results, r => Assert.Empty(IndexResultRules.Check(r)));
        Assert.Equal([IndexKind.ParIndex, IndexKind.Sipas, IndexKind.Papi, IndexKind.Pci, IndexKind.Dti], results.Select(r => r.Kind).Distinct().Order());
        var par = results.Single(r => r.Kind == IndexKind.ParIndex && r.UnitCode == "67" && r.Year == 2024);
        Assert.Equal(par.Total, par.Components.Sum(c => c.Appraised));
    }
}
