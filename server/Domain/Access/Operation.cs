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

    /// <summary>Read a unit's plans and their progress.</summary>
    ReadPlan,

    /// <summary>Import or revise a unit's plan.</summary>
    ImportPlan,

    /// <summary>Record progress of an activity; the unit is the activity's lead unit.</summary>
    RecordProgress,

    /// <summary>Read index results and criterion plans.</summary>
    ReadIndex,

    /// <summary>Import index results of a unit.</summary>
    ImportIndex,

    /// <summary>Import a unit's criterion improvement plan.</summary>
    ImportCriterionPlan,
}
