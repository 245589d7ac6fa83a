using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Store;

/// <summary>The tree of reporting units and its lineage.</summary>
public interface IUnitStore
{
    Task<StoredUnit?> GetAsync(string code, CancellationToken cancellationToken);

    Task<(IReadOnlyList<StoredUnit> Units, int Total)> ListAsync(UnitQuery query, CancellationToken cancellationToken);

    /// <summary>Adds a unit; <see cref="StoreFailure.AlreadyExists"/> or <see cref="StoreFailure.UnknownReference"/> (parent).</summary>
    Task<StoredUnit> CreateAsync(OrgUnit unit, DateTime deadline, CancellationToken cancellationToken);

    /// <summary>Adds many units (parents before children) and lineage events in one transaction.</summary>
    Task ImportAsync(IReadOnlyList<OrgUnit> units, IReadOnlyList<LineageEvent> lineage, CancellationToken cancellationToken);

    Task<IReadOnlyList<LineageEvent>> GetLineageAsync(CancellationToken cancellationToken);

    /// <summary>Units strictly below <paramref name="rootCode"/> (every unit when null), optionally of some levels.</summary>
    Task<IReadOnlyList<StoredUnit>> GetDescendantsAsync(string? rootCode, IReadOnlyCollection<UnitLevel>? levels, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
