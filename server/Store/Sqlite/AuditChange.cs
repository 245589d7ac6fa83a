namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>One audited value change: the indicator's integer id and the texts before and after.</summary>
internal sealed record AuditChange(long IndicatorKey, string? OldRawText, string? NewRawText, string? OldNote, string? NewNote);
