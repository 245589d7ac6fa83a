using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Validation;

namespace CchcGrpc.Server.Services;

/// <summary>The catalog model as cchc.v1 messages.</summary>
public static class CatalogMapping
{
    public static Cchc.V1.Indicator ToProto(Indicator indicator)
    {
        var proto = new Cchc.V1.Indicator
        {
            Id = indicator.Id,
            Field = indicator.Field.Roman(),
            Code = indicator.Code,
            Name = indicator.Name,
            UnitOfMeasure = indicator.Unit,
            ValueType = ToProto(indicator.Type),
            ParentId = indicator.ParentId ?? "",
            Formula = indicator.Formula ?? "",
            Aggregation = Aggregation(indicator.Aggregation),
            IsGroup = indicator.Type == IndicatorType.Group,
        };
        proto.Levels.AddRange(indicator.Levels.Order().Select(l => (Cchc.V1.UnitLevel)(int)l));
        foreach (var option in indicator.Options)
        {
            proto.Options[option.Code.ToString(System.Globalization.CultureInfo.InvariantCulture)] = option.Label;
        }
        foreach (var (variant, form) in indicator.Forms)
        {
            proto.VariantCodes[variant] = form.PrintedCode;
        }
        return proto;
    }

    public static Cchc.V1.ValidationRule ToProto(ValidationRule rule) => new()
    {
        Id = rule.Id,
        Expression = rule.Text,
        Severity = ToProto(rule.Severity),
        MissingPolicy = rule.Missing switch
        {
            MissingValuePolicy.TreatAsZero => "zero",
            MissingValuePolicy.Flag => "flag",
            _ => "skip",
        },
        Message = rule.Message,
    };

    public static Cchc.V1.Finding.Types.Severity ToProto(Severity severity) => severity switch
    {
        Severity.Error => Cchc.V1.Finding.Types.Severity.Error,
        Severity.Warning => Cchc.V1.Finding.Types.Severity.Warning,
        _ => Cchc.V1.Finding.Types.Severity.Info,
    };

    public static Cchc.V1.ValueType ToProto(IndicatorType type) => type switch
    {
        IndicatorType.Count => Cchc.V1.ValueType.Integer,
        IndicatorType.Decimal => Cchc.V1.ValueType.Decimal,
        IndicatorType.Percent => Cchc.V1.ValueType.Percent,
        IndicatorType.Money => Cchc.V1.ValueType.Money,
        IndicatorType.Choice => Cchc.V1.ValueType.Choice,
        IndicatorType.YesNo => Cchc.V1.ValueType.YesNo,
        IndicatorType.Text => Cchc.V1.ValueType.Text,
        _ => Cchc.V1.ValueType.Unspecified,
    };

    public static string Aggregation(AggregationRule rule) => rule switch
    {
        AggregationRule.Sum => "sum",
        AggregationRule.RecomputeFromParts => "recompute",
        AggregationRule.Distribution => "distribution",
        _ => "none",
    };
}
