using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Rules;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>Turns report cells into what the evaluator works on.</summary>
internal static class Operands
{
    public static Operand From(Indicator indicator, CellValue? cell) => cell?.Kind switch
    {
        null or CellKind.NotReported => Operand.Missing,
        CellKind.NotApplicable => Operand.NotApplicable,
        CellKind.Number or CellKind.Percent => Of(indicator, cell.Value!.Value, cell.Decimals),
        _ => Operand.Unusable,
    };

    /// <summary>Shares and decimals are rounded when written, so they carry half a unit of slack; counts are exact.</summary>
    public static Operand Of(Indicator indicator, decimal value, int decimals) =>
        indicator.Type is IndicatorType.Percent or IndicatorType.Decimal ? Operand.Rounded(value, decimals) : Operand.Exact(value);

    public static Func<string, Operand> Resolver(IndicatorCatalog catalog, IReadOnlyDictionary<string, CellValue> values, MissingValuePolicy policy) =>
        id =>
        {
            var operand = From(catalog[id], values.GetValueOrDefault(id));
            return operand.State == OperandState.Missing && policy == MissingValuePolicy.TreatAsZero ? Operand.Exact(0) : operand;
        };
}
