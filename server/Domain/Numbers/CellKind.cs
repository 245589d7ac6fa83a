namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>What a report cell turned out to hold once read.</summary>
public enum CellKind
{
    /// <summary>A plain number: a count, an amount, a coded choice.</summary>
    Number,

    /// <summary>A number written with a <c>%</c> sign.</summary>
    Percent,

    /// <summary><c>/</c>: the indicator does not apply to the reporting unit.</summary>
    NotApplicable,

    /// <summary>Empty: the unit did not report it. Never the same as 0.</summary>
    NotReported,

    /// <summary>Words where a number belongs (<c>Đang triển khai 06</c>).</summary>
    Text,

    /// <summary>More than one reading is possible (<c>42.95</c>); never guessed.</summary>
    Ambiguous,

    /// <summary>Two numbers joined by <c>/</c> (<c>549/8</c>: people / classes).</summary>
    Composite,
}
