namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>
/// A report cell as typed and as understood. <see cref="Raw"/> is always kept so that a
/// reviewer sees exactly what the unit wrote, whatever we made of it.
/// </summary>
public sealed record CellValue
{
    public required CellKind Kind { get; init; }

    /// <summary>The text exactly as written in the cell.</summary>
    public required string Raw { get; init; }

    /// <summary>The number, for <see cref="CellKind.Number"/> and <see cref="CellKind.Percent"/> only.</summary>
    public decimal? Value { get; init; }

    /// <summary>Digits written after the decimal comma; sets the rounding a comparison allows.</summary>
    public int Decimals { get; init; }

    /// <summary>The cell carried a <c>%</c> sign (kept for ambiguous cells too).</summary>
    public bool HasPercentSign { get; init; }

    /// <summary>Candidate readings of an <see cref="CellKind.Ambiguous"/> cell.</summary>
    public IReadOnlyList<NumberReading> Readings { get; init; } = [];

    /// <summary>The numbers of a <see cref="CellKind.Composite"/> cell, left to right.</summary>
    public IReadOnlyList<decimal> Parts { get; init; } = [];

    /// <summary>A number found inside a <see cref="CellKind.Text"/> cell, offered to the reviewer, never used.</summary>
    public decimal? NumberInText { get; init; }

    public bool IsNumeric => Kind is CellKind.Number or CellKind.Percent;

    public static CellValue NotReported { get; } = new() { Kind = CellKind.NotReported, Raw = "" };

    /// <summary>A value that came from a number, not from text (computed, imported from a typed source).</summary>
    public static CellValue FromNumber(decimal value, int decimals = 0, bool percent = false) => new()
    {
        Kind = percent ? CellKind.Percent : CellKind.Number,
        Raw = VietnameseNumber.Format(value, decimals) + (percent ? "%" : ""),
        Value = value,
        Decimals = decimals,
        HasPercentSign = percent,
    };
}
