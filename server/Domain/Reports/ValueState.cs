namespace CchcGrpc.Server.Domain.Reports;

/// <summary>Whether a cell holds a value; values match cchc.v1.ValueState.</summary>
public enum ValueState
{
    /// <summary>A value was entered (possibly 0).</summary>
    Reported = 1,

    /// <summary>"/" in the forms: the indicator does not apply.</summary>
    NotApplicable = 2,

    /// <summary>An empty cell: not reported, which is not 0.</summary>
    NotReported = 3,
}
