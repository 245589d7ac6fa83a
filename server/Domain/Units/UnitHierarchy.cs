using System.Diagnostics.CodeAnalysis;

namespace CchcGrpc.Server.Domain.Units;

/// <summary>
/// The tree of reporting units by parent code, across time: every unit that ever existed is in it,
/// and queries can be narrowed to the units that existed on a given day.
/// </summary>
public sealed class UnitHierarchy
{
    private readonly Dictionary<string, OrgUnit> byCode;
    private readonly Dictionary<string, List<OrgUnit>> childrenByParent;

    /// <exception cref="ArgumentException">Two units share a code, or a unit names a parent that is not in the list.</exception>
    public UnitHierarchy(IEnumerable<OrgUnit> units)
    {
        Units = [.. units.OrderBy(u => u.Code, StringComparer.Ordinal)];
        byCode = new(StringComparer.Ordinal);
        foreach (var unit in Units)
        {
            if (!byCode.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Unit code '{unit.Code}' is used twice ('{byCode[unit.Code].Name}' and '{unit.Name}').");
            }
        }

        childrenByParent = new(StringComparer.Ordinal);
        foreach (var unit in Units.Where(u => u.ParentCode is not null))
        {
            if (!byCode.ContainsKey(unit.ParentCode!))
            {
                throw new ArgumentException($"Unit '{unit.Code}' ({unit.Name}) names parent '{unit.ParentCode}', which is not a known unit.");
            }

            if (!childrenByParent.TryGetValue(unit.ParentCode!, out var siblings))
            {
                childrenByParent[unit.ParentCode!] = siblings = [];
            }

            siblings.Add(unit);
        }
    }

    /// <summary>All units, ordered by code.</summary>
    public IReadOnlyList<OrgUnit> Units { get; }

    public OrgUnit this[string code] =>
        byCode.TryGetValue(code, out var unit) ? unit : throw new KeyNotFoundException($"No unit has code '{code}'.");

    public bool TryGet(string code, [NotNullWhen(true)] out OrgUnit? unit) => byCode.TryGetValue(code, out unit);

    /// <summary>Units without a parent (provinces), optionally only those existing on a day.</summary>
    public IReadOnlyList<OrgUnit> Roots(DateOnly? existingOn = null) =>
        [.. Units.Where(u => u.ParentCode is null && Exists(u, existingOn))];

    /// <exception cref="KeyNotFoundException">No unit has the code.</exception>
    public IReadOnlyList<OrgUnit> ChildrenOf(string code, DateOnly? existingOn = null) =>
        childrenByParent.TryGetValue(this[code].Code, out var children) ? [.. children.Where(u => Exists(u, existingOn))] : [];

    /// <summary>Every unit below one, at any depth, parents before their children, siblings by code.</summary>
    /// <exception cref="KeyNotFoundException">No unit has the code.</exception>
    public IReadOnlyList<OrgUnit> DescendantsOf(string code, DateOnly? existingOn = null)
    {
        var found = new List<OrgUnit>();
        var pending = new Stack<OrgUnit>(ChildrenOf(code).Reverse());
        while (pending.TryPop(out var unit))
        {
            if (Exists(unit, existingOn))
            {
                found.Add(unit);
            }

            foreach (var child in ChildrenOf(unit.Code).Reverse())
            {
                pending.Push(child);
            }
        }

        return found;
    }

    /// <summary>The chain of parents of a unit, nearest first.</summary>
    public IReadOnlyList<OrgUnit> AncestorsOf(string code)
    {
        var chain = new List<OrgUnit>();
        for (var unit = this[code]; unit.ParentCode is not null && chain.Count <= byCode.Count; unit = this[unit.ParentCode])
        {
            chain.Add(this[unit.ParentCode]);
        }

        return chain;
    }

    private static bool Exists(OrgUnit unit, DateOnly? day) => day is null || unit.ExistsOn(day.Value);
}
