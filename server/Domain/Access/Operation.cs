namespace CchcGrpc.Server.Domain.Access;

/// <summary>The things an RPC may do to a unit's data; each RPC maps to one.</summary>
public enum Operation
{
    ReadUnits,
    ManageUnits,
    ReadCatalog,
    ReadReport,
    EditReport,
    SubmitReport,
    ReviewReport,
    ReadAnalytics,
    ManageUsers,
}
