using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store;

/// <summary>The set-based reads behind roll-up, comparison, trends and completeness.</summary>
public interface IAnalyticsStore
{
    /// <summary>Totals of reported numbers per indicator over the selected units' counted reports for a period.</summary>
    Task<IReadOnlyList<IndicatorTotal>> SumAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string>? indicatorIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<ChoiceCount>> CountChoicesAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken);

    /// <summary>Every selected unit with its value of each indicator (or none) for a period.</summary>
    Task<IReadOnlyList<UnitNumber>> GetUnitNumbersAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<PeriodNumber>> GetSeriesAsync(IReadOnlyCollection<string> unitCodes, IReadOnlyCollection<string> indicatorIds, IReadOnlyCollection<string> periodIds, IReadOnlyCollection<ReportStatus> statuses, CancellationToken cancellationToken);

    Task<IReadOnlyList<UnitSubmission>> GetSubmissionsAsync(UnitSelection units, string periodId, CancellationToken cancellationToken);
}
