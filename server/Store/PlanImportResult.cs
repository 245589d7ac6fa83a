namespace CchcGrpc.Server.Store;

/// <summary>The plan version an import left current, and how many activities kept their progress from the version before.</summary>
public sealed record PlanImportResult(StoredPlan Plan, ImportOutcome Outcome, int ProgressCarried);
