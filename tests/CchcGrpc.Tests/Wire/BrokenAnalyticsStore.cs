using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Tests.Wire;

/// <summary>An analytics store that fails the way a bug would: with an exception whose text must never reach a caller.</summary>
public sealed class BrokenAnalyticsStore : IAnalyticsStore
{
    public const string Secret = "table analytics_secret_7f3 is corrupt at page 42";

    public Task<IReadOnlyList<IndicatorTotal>> SumAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string>? indicatorIds, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);

    public Task<IReadOnlyList<ChoiceCount>> CountChoicesAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);

    public Task<IReadOnlyList<UnitNumber>> GetUnitNumbersAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);

    public Task<IReadOnlyList<PeriodNumber>> GetSeriesAsync(IReadOnlyCollection<string> unitCodes, IReadOnlyCollection<string> indicatorIds, IReadOnlyCollection<string> periodIds, IReadOnlyCollection<ReportStatus> statuses, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);

    public Task<IReadOnlyList<UnitSubmission>> GetSubmissionsAsync(UnitSelection units, string periodId, CancellationToken cancellationToken) =>
        throw new InvalidOperationException(Secret);
}
