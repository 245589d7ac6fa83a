namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>How values of many units roll up into one (departments into their province, say).</summary>
public enum AggregationRule
{
    /// <summary>Not aggregated: a group row, free text, or a percentage with no parts to recompute from.</summary>
    None,

    /// <summary>Counts and amounts add up.</summary>
    Sum,

    /// <summary>A derived value is recomputed from the summed parts, never averaged.</summary>
    RecomputeFromParts,

    /// <summary>Coded choices are not summed; show how many units chose each option.</summary>
    Distribution,
}
