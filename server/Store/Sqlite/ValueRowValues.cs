namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>One report_values row as <see cref="ValueRowStatement"/> binds it, in column order.</summary>
internal readonly record struct ValueRowValues(
    long ReportId, long IndicatorKey, long State, string? Number, double? Num, string? Text, string RawText, string? Note, bool Derived);
