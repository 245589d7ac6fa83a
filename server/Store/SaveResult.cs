namespace CchcGrpc.Server.Store;

/// <summary>The report after a write, and how many values it changed (0 for a repeated import).</summary>
public sealed record SaveResult(StoredReport Report, int Inserted, int Updated, int Unchanged);
