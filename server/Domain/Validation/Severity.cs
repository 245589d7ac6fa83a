namespace CchcGrpc.Server.Domain.Validation;

public enum Severity
{
    /// <summary>May be submitted with a note (Ghi chú) explaining it.</summary>
    Warning = 1,

    /// <summary>Blocks submission until corrected.</summary>
    Error = 2,

    /// <summary>Shown to the reviewer, blocks nothing (a comparison whose other side may be incomplete).</summary>
    Info = 3,
}
