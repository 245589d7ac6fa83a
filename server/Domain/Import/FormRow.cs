using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>One row of an appendix table as printed: STT, chỉ tiêu, đơn vị tính, số liệu, ghi chú.</summary>
/// <param name="Code">The STT column as printed ("2.1.", "III.", "Trong đó", "-"), or "" when the row has none.</param>
/// <param name="Table">The title of the table the row is printed in; rows of one table share it.</param>
/// <param name="Section">The field the source says the row is under, when it says so (long formats).</param>
public sealed record FormRow(string Code, string Label, string Unit, string Value, string Note, string Table = "", Field? Section = null);
