namespace CchcGrpc.Server.Domain.Access;

/// <summary>
/// Who may do what, where. Reference data (units, catalog, periods) is open to every signed-in
/// caller. Report data is scoped by unit: an operator's own unit, a reviewer's subtree, service
/// accounts by scope within their unit (or everywhere), admins read everything. Analytics only
/// aggregate non-draft reports, so operators may compare their unit with its peers: the subtree
/// of their unit's parent.
/// </summary>
public static class AccessPolicy
{
    /// <param name="unitPath">The path of the unit the operation touches; null for operations on no unit.</param>
    public static bool Allows(Principal who, Operation operation, string? unitPath)
    {
        return operation switch
        {
            Operation.ReadUnits => who.HasScope(Scopes.UnitsRead),
            Operation.ReadCatalog => true,
            Operation.ManageUnits => who.Role == Role.Admin || (who.Role == Role.Service && who.HasScope(Scopes.UnitsWrite) && who.UnitPath is null),
            Operation.ManageUsers => who.Role == Role.Admin,
            Operation.ReadReport => Reads(who, unitPath, Scopes.ReportsRead),
            Operation.EditReport or Operation.SubmitReport => who.Role switch
            {
                Role.Operator => unitPath is not null && unitPath == who.UnitPath,
                Role.Service => who.HasScope(Scopes.ReportsWrite) && unitPath is not null && who.Covers(unitPath),
                _ => false,
            },
            Operation.ReviewReport => who.Role == Role.Reviewer && unitPath is not null && who.Covers(unitPath),
            Operation.ReadAnalytics => who.Role switch
            {
                Role.Operator => unitPath is not null && who.UnitPath is not null && unitPath.StartsWith(ParentPath(who.UnitPath), StringComparison.Ordinal),
                _ => Reads(who, unitPath, Scopes.AnalyticsRead),
            },
            Operation.ReadPlan => Reads(who, unitPath, Scopes.PlansRead),
            Operation.ImportPlan => Writes(who, unitPath, Scopes.PlansWrite) || (who.Role == Role.Reviewer && unitPath is not null && who.Covers(unitPath)),
            // The unit here is the activity's lead unit: operators record what their unit leads.
            Operation.RecordProgress => Writes(who, unitPath, Scopes.PlansWrite),
            // Published indices are compared across peers, as analytics are.
            Operation.ReadIndex => who.Role switch
            {
                Role.Operator => unitPath is not null && who.UnitPath is not null && unitPath.StartsWith(ParentPath(who.UnitPath), StringComparison.Ordinal),
                _ => Reads(who, unitPath, Scopes.IndicesRead),
            },
            Operation.ImportIndex => who.Role == Role.Admin
                || (who.Role == Role.Reviewer && unitPath is not null && who.Covers(unitPath))
                || (who.Role == Role.Service && who.HasScope(Scopes.IndicesWrite) && unitPath is not null && who.Covers(unitPath)),
            Operation.ImportCriterionPlan => Writes(who, unitPath, Scopes.IndicesWrite) || (who.Role == Role.Reviewer && unitPath is not null && who.Covers(unitPath)),
            _ => false,
        };
    }

    /// <summary>A unit's own operator, or a service token with the scope covering the unit.</summary>
    private static bool Writes(Principal who, string? unitPath, string scope) => who.Role switch
    {
        Role.Operator => unitPath is not null && unitPath == who.UnitPath,
        Role.Service => who.HasScope(scope) && unitPath is not null && who.Covers(unitPath),
        _ => false,
    };

    private static bool Reads(Principal who, string? unitPath, string scope) => who.Role switch
    {
        Role.Admin => true,
        Role.Operator => unitPath is not null && unitPath == who.UnitPath,
        Role.Reviewer => unitPath is not null && who.Covers(unitPath),
        Role.Service => who.HasScope(scope) && (unitPath is null ? who.UnitPath is null : who.Covers(unitPath)),
        _ => false,
    };

    /// <summary>"/67/67.660/" → "/67/"; a province's parent is the whole country ("/").</summary>
    private static string ParentPath(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..(slash + 1)];
    }
}
