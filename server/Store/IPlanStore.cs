using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;

namespace CchcGrpc.Server.Store;

/// <summary>Units' yearly plans, their versions and the progress recorded on their activities.</summary>
public interface IPlanStore
{
    /// <summary>
    /// Stores a plan: as version 1, as nothing new when the newest version has the same content, or
    /// as the next version, which takes over the progress of every activity whose content is unchanged.
    /// <see cref="StoreFailure.UnknownReference"/> when the unit does not exist.
    /// </summary>
    Task<PlanImportResult> ImportAsync(Plan plan, IReadOnlyList<ReadingNote> notes, IReadOnlyList<UnparsedLine> unparsed, string importedBy, DateTimeOffset at, DateTime deadline, CancellationToken cancellationToken);

    /// <summary>A version of a unit's plan for a year; the newest when <paramref name="version"/> is null.</summary>
    Task<StoredPlan?> GetAsync(string unitCode, int year, int? version, CancellationToken cancellationToken);

    /// <summary>The newest version of each plan of units whose path starts with <paramref name="pathPrefix"/>, by id after <paramref name="afterId"/>.</summary>
    Task<(IReadOnlyList<PlanListEntry> Plans, int Total)> ListAsync(string pathPrefix, bool subtree, int? year, long afterId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<ActivityProgress>> GetProgressAsync(long planId, CancellationToken cancellationToken);

    /// <summary>Records (or replaces) an activity's entry for a period. <see cref="StoreFailure.NotFound"/> for an unknown activity.</summary>
    Task<ActivityProgress> RecordProgressAsync(long planId, ActivityProgress entry, DateTime deadline, CancellationToken cancellationToken);
}
