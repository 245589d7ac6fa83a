namespace CchcGrpc.Server.Domain.Import;

/// <summary>One row of an appendix table as printed: STT, chỉ tiêu, đơn vị tính, số liệu, ghi chú.</summary>
/// <param name="Code">The STT column as printed ("2.1.", "III."), or "" when the row has none ("Trong đó").</param>
public sealed record FormRow(string Code, string Label, string Unit, string Value, string Note);
