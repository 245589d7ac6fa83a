namespace CchcGrpc.Client.Import;

/// <summary>The statistical rows found in a report's appendix and the form they were printed on.</summary>
/// <param name="Variant">"province" (Biểu 1–7, Roman fields) or "department" (Chỉ tiêu thống kê … Kết quả thống kê).</param>
public sealed record ExtractedAppendix(string Variant, IReadOnlyList<SourceRow> Rows);
