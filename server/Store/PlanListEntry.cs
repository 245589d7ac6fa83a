namespace CchcGrpc.Server.Store;

/// <summary>A plan in a listing: the newest version of one unit's plan for one year.</summary>
public sealed record PlanListEntry(long Id, string UnitCode, string UnitPath, int Year, int Version, string DecisionNumber, int ActivityCount, DateTimeOffset ImportedAt);
