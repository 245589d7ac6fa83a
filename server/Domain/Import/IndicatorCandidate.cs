using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>An indicator a printed row may be, and how well its wording agrees with the row's (0–1).</summary>
public sealed record IndicatorCandidate(Indicator Indicator, double Score);
