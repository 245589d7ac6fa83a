namespace CchcGrpc.Server.Domain.Plans;

/// <summary>A unit's yearly CCHC plan (Kế hoạch CCHC năm): its decision, theme and field → task → activity tree.</summary>
public sealed record Plan(string UnitCode, int Year, PlanDecision Decision, string Theme, IReadOnlyList<PlanField> Fields)
{
    public IEnumerable<PlanTask> Tasks => Fields.SelectMany(f => f.Tasks);

    public IEnumerable<PlanActivity> Activities => Tasks.SelectMany(t => t.Activities);
}
