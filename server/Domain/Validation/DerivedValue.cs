using CchcGrpc.Server.Domain.Numbers;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>A total or percentage computed from its parts by the indicator's formula.</summary>
/// <param name="Value">Full precision; round only for display.</param>
/// <param name="Entered">What the unit wrote for it (may be <see cref="CellKind.NotReported"/>).</param>
public sealed record DerivedValue(string IndicatorId, decimal Value, CellValue Entered)
{
    public bool WasReported => Entered.Kind != CellKind.NotReported;
}
