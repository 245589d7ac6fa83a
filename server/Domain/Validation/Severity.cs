namespace CchcGrpc.Server.Domain.Validation;

public enum Severity
{
    /// <summary>May be submitted with a note (Ghi chú) explaining it.</summary>
    Warning = 1,

    /// <summary>Blocks submission until corrected.</summary>
    Error = 2,
}
