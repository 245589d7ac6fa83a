namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>What <see cref="ReportWriter.Write"/> did: the report's row id, its revision after the write and the value counts.</summary>
internal sealed record WrittenChange(long ReportId, long Revision, int Inserted, int Updated, int Unchanged, bool Changed);
