namespace CchcGrpc.Server.Domain.Import;

public enum RowMatchKind
{
    /// <summary>A field heading ("III. Cải cách thủ tục hành chính"): sets the field of the rows below.</summary>
    Section,

    /// <summary>The wording agrees, and so does the printed code.</summary>
    CodeAndLabel,

    /// <summary>The wording agrees; the code is missing or numbers the row another way.</summary>
    Label,

    /// <summary>A rule of the import's map file says which indicator the row is.</summary>
    Rule,

    /// <summary>Not an indicator, and nothing to say: a "Trong đó:" row, or a row the map file leaves out.</summary>
    Ignored,

    /// <summary>Several indicators agree equally well and nothing tells them apart: not mapped.</summary>
    Ambiguous,

    /// <summary>No indicator's wording agrees closely enough: not mapped.</summary>
    Unmatched,
}
