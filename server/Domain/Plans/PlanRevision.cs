namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// What a new version of a plan takes over from the one before: each activity whose columns are unchanged
/// (<see cref="PlanActivity.ContentKey"/>) takes the progress of one such activity of the old version, in
/// order, as the store copies it. Lets a dry run say how many would keep their progress.
/// </summary>
public static class PlanRevision
{
    /// <param name="recorded">Keys of the old version's activities that have progress.</param>
    public static int ProgressCarried(Plan previous, IReadOnlySet<string> recorded, Plan revised)
    {
        var waiting = previous.Activities.GroupBy(a => a.ContentKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new Queue<PlanActivity>(g), StringComparer.Ordinal);
        var carried = 0;
        foreach (var activity in revised.Activities)
        {
            if (waiting.TryGetValue(activity.ContentKey, out var queue) && queue.TryDequeue(out var old) && recorded.Contains(old.Key))
            {
                carried++;
            }
        }
        return carried;
    }
}
