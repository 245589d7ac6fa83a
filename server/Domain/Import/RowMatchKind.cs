namespace CchcGrpc.Server.Domain.Import;

public enum RowMatchKind
{
    /// <summary>A section heading ("III." or "3."): sets the field of the rows below.</summary>
    Section,

    /// <summary>Code and wording both agree with the catalog.</summary>
    CodeAndLabel,

    /// <summary>The code is unique but the wording differs: worth a look (another form version?).</summary>
    CodeOnly,

    /// <summary>A row printed without a code, placed by its wording under the coded row above it.</summary>
    LabelUnderParent,

    /// <summary>No indicator fits.</summary>
    Unmatched,
}
