namespace CchcGrpc.Server.Domain.Validation;

public sealed record ValidationResult(IReadOnlyList<Finding> Findings, IReadOnlyList<DerivedValue> Derived)
{
    /// <summary>Any error blocks submission.</summary>
    public bool BlocksSubmit => Findings.Any(f => f.Severity == Severity.Error);

    public IReadOnlyList<Finding> Errors => [.. Findings.Where(f => f.Severity == Severity.Error)];

    /// <summary>Warnings: submission needs a note (Ghi chú) for each.</summary>
    public IReadOnlyList<Finding> Warnings => [.. Findings.Where(f => f.Severity == Severity.Warning)];

    public IReadOnlyList<Finding> About(string indicatorId) => [.. Findings.Where(f => f.IndicatorIds.Contains(indicatorId))];
}
