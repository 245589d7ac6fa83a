namespace CchcGrpc.Server.Domain.Validation;

/// <summary>Something a reviewer must see about a report.</summary>
/// <param name="CheckId">The catalog rule id or a <see cref="CheckIds"/> constant.</param>
/// <param name="IndicatorIds">Indicators involved, the one at fault first.</param>
/// <param name="Message">Vietnamese, for the reporting unit.</param>
public sealed record Finding(string CheckId, FindingKind Kind, Severity Severity, IReadOnlyList<string> IndicatorIds, string Message)
{
    /// <summary>The entered value (left side of a rule), when there is one.</summary>
    public decimal? Entered { get; init; }

    /// <summary>The value computed from other indicators (right side of a rule), when there is one.</summary>
    public decimal? Computed { get; init; }

    /// <summary>The cell text as written, for findings about one cell.</summary>
    public string? Raw { get; init; }

    /// <summary>For an ambiguous number: each reading and how it fares.</summary>
    public IReadOnlyList<ReadingCheck> Readings { get; init; } = [];
}
