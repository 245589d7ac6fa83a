namespace CchcGrpc.Server.Domain.Rules;

public enum RuleVerdict
{
    Passed,
    Failed,

    /// <summary>A side has no value (missing, not applicable, unusable, or a share of nothing).</summary>
    NotCheckable,
}
