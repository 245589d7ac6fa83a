namespace CchcGrpc.Server.SampleData;

/// <summary>Whether a demo cell holds a value; mirrors cchc.v1.ValueState.</summary>
public enum DemoValueState
{
    Reported = 1,

    /// <summary><c>/</c>: does not apply (a percentage of nothing).</summary>
    NotApplicable = 2,

    /// <summary>An empty cell.</summary>
    NotReported = 3,
}
