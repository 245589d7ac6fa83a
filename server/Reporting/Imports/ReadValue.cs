using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// What an import row's cell becomes: a value to store (with a remark when it deserves a look), or
/// a reason it is not stored. Both null: nothing to store and nothing to say (an empty heading row).
/// </summary>
public sealed record ReadValue(ReportValue? Value, string? Warning, string? Rejection);
