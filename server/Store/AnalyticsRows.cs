using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Store;

/// <summary>The sum of one indicator's reported numbers over a set of reports.</summary>
public sealed record IndicatorTotal(string IndicatorId, decimal Total, int Contributors);

/// <summary>How many reports chose each option of a choice indicator.</summary>
public sealed record ChoiceCount(string IndicatorId, string Option, int Units);

/// <summary>One unit's value of one indicator; State null when the unit has no counted report.</summary>
public sealed record UnitNumber(string UnitCode, string UnitName, string IndicatorId, ValueState? State, decimal? Number);

/// <summary>One value of a unit in a period, for trends.</summary>
public sealed record PeriodNumber(string UnitCode, string PeriodId, string IndicatorId, ValueState State, decimal? Number);

/// <summary>A unit expected to report, and its report for the period if any.</summary>
public sealed record UnitSubmission(string UnitCode, UnitLevel Level, DateOnly ValidFrom, DateOnly? ValidTo, ReportStatus? Status, DateTimeOffset? SubmittedAt, bool SubmittedLate);
