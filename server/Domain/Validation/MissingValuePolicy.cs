namespace CchcGrpc.Server.Domain.Validation;

/// <summary>What a rule does when an indicator it reads was not reported (empty cell).</summary>
/// <remarks>A <c>/</c> (not applicable) or an unusable cell always skips the rule, whatever the policy.</remarks>
public enum MissingValuePolicy
{
    /// <summary>Skip the rule: nothing can be said without all its values.</summary>
    Skip,

    /// <summary>Read empty as 0 (sums where an empty part means none).</summary>
    TreatAsZero,

    /// <summary>Report the missing values with the rule's severity: they are required.</summary>
    Flag,
}
