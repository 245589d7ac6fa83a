using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Services;

/// <summary>The predecessors and successors of a unit through lineage events, transitively.</summary>
public sealed record UnitLineageWalk(IReadOnlyList<string> Predecessors, IReadOnlyList<string> Successors, IReadOnlyList<LineageEvent> Events)
{
    public static UnitLineageWalk Of(string code, IReadOnlyList<LineageEvent> events)
    {
        var predecessors = Walk(code, events, e => e.ToCode, e => e.FromCode);
        var successors = Walk(code, events, e => e.FromCode, e => e.ToCode);
        var involved = predecessors.Concat(successors).Append(code).ToHashSet(StringComparer.Ordinal);
        return new UnitLineageWalk(predecessors, successors, [.. events.Where(e => involved.Contains(e.FromCode) && involved.Contains(e.ToCode))]);
    }

    private static List<string> Walk(string start, IReadOnlyList<LineageEvent> events, Func<LineageEvent, string> from, Func<LineageEvent, string> to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var order = new List<string>();
        var pending = new Queue<string>([start]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var next in events.Where(e => from(e) == current).Select(to))
            {
                if (seen.Add(next))
                {
                    order.Add(next);
                    pending.Enqueue(next);
                }
            }
        }
        return order;
    }
}
