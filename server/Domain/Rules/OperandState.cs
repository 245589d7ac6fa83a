namespace CchcGrpc.Server.Domain.Rules;

/// <summary>What the evaluator got, or did not get, for an indicator or a whole expression.</summary>
public enum OperandState
{
    /// <summary>A usable number.</summary>
    Value,

    /// <summary>Not reported (empty cell).</summary>
    Missing,

    /// <summary>The unit wrote <c>/</c>: the rule does not apply to it.</summary>
    NotApplicable,

    /// <summary>Present but not a number we may use (text, ambiguous, composite); reported on its own.</summary>
    Unusable,

    /// <summary>Division by zero: a share of nothing (0 of 0 dossiers) has no value.</summary>
    Undefined,
}
