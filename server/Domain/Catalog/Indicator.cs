using CchcGrpc.Server.Domain.Rules;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>One statistical indicator (chỉ tiêu thống kê), whatever form variant prints it.</summary>
public sealed record Indicator
{
    /// <summary>Stable id: field numeral and catalog code, "III.3.1.2".</summary>
    public required string Id { get; init; }

    public required Field Field { get; init; }

    /// <summary>Catalog code within the field: the province form's code where it has the row.</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>Đơn vị tính as printed (Văn bản, Hồ sơ, %, Tỷ đồng...); empty for groups and choices.</summary>
    public string Unit { get; init; } = "";

    public required IndicatorType Type { get; init; }

    /// <summary>Coded options of a <see cref="IndicatorType.Choice"/> or <see cref="IndicatorType.YesNo"/>.</summary>
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];

    public string? ParentId { get; init; }

    public required IReadOnlySet<UnitLevel> Levels { get; init; }

    /// <summary>Where each form variant prints it, by <see cref="FormVariant.Id"/>.</summary>
    public required IReadOnlyDictionary<string, FormCode> Forms { get; init; }

    /// <summary>How the value is derived from other indicators, as written: <c>3.1.2 / 3.1.1 * 100</c>.</summary>
    public string? Formula { get; init; }

    public ExprNode? FormulaExpression { get; init; }

    /// <summary>Extra absolute tolerance of the formula check, beyond the rounding the entered value carries.</summary>
    public decimal FormulaTolerance { get; init; }

    public AggregationRule Aggregation { get; init; }

    /// <summary>Range outside which a value is implausible, per level (a province's budget is not a commune's).</summary>
    public IReadOnlyDictionary<UnitLevel, PlausibleRange> Plausible { get; init; } = new Dictionary<UnitLevel, PlausibleRange>();

    /// <summary>Why the row is the way it is (data quirks of a form, mapping decisions).</summary>
    public string? Note { get; init; }

    public bool AppliesTo(UnitLevel level) => Levels.Contains(level);

    public FormCode? FormCodeIn(string variant) => Forms.GetValueOrDefault(variant);

    public bool IsNumeric => Type is IndicatorType.Count or IndicatorType.Decimal or IndicatorType.Percent or IndicatorType.Money;
}
