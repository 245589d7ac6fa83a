namespace CchcGrpc.Server.Domain.Validation;

public enum FindingKind
{
    /// <summary>A catalog rule does not hold (a share that does not match its parts, a part above its whole...).</summary>
    RuleFailed,

    /// <summary>A rule with the Flag policy lacks values it needs.</summary>
    MissingValue,

    /// <summary>A derived value (a total, a percentage) was left empty although its parts are there.</summary>
    DerivedNotReported,

    /// <summary>A number that reads two ways (<c>42.95</c>).</summary>
    AmbiguousNumber,

    /// <summary>Words in a number cell (<c>Đang triển khai 06</c>).</summary>
    TextInNumberCell,

    /// <summary>Two numbers in one cell (<c>549/8</c>) where the indicator takes one.</summary>
    CompositeInNumberCell,

    /// <summary>A count that is negative or has decimals.</summary>
    InvalidCount,

    /// <summary>A coded choice outside its options.</summary>
    InvalidChoice,

    /// <summary>A <c>%</c> sign on an indicator that is not a percentage.</summary>
    PercentSignMismatch,

    /// <summary>Outside the plausible range for the unit and level (often a unit off by 1000).</summary>
    ImplausibleValue,

    /// <summary>A number in a heading row, which takes none.</summary>
    ValueInGroupRow,

    /// <summary>A value for an indicator the unit's level does not report.</summary>
    NotOnForm,

    /// <summary>A value for an id the catalog does not know.</summary>
    UnknownIndicator,

    /// <summary>A plan indicator (I.2.1, I.2.2, I.2) typed differently from what the unit's plan and its progress give.</summary>
    DisagreesWithPlan,
}
