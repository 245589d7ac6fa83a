using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.SampleData;

/// <summary>A deliberate mistake in the demo data, so tests can check that validation or completeness finds it.</summary>
/// <param name="IndicatorIds">The indicators involved; empty for submission problems.</param>
public sealed record DemoProblem(DemoProblemKind Kind, string UnitCode, PeriodId Period, IReadOnlyList<string> IndicatorIds, string Description);
