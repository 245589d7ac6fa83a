using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Store;

/// <summary>A unit as stored: with its materialised path ("/67/67.660/") used for subtree checks.</summary>
public sealed record StoredUnit(OrgUnit Unit, string Path, int ChildCount)
{
    /// <summary>True when <paramref name="other"/> is this unit or below it.</summary>
    public bool Contains(StoredUnit other) => other.Path.StartsWith(Path, StringComparison.Ordinal);
}
