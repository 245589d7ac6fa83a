namespace CchcGrpc.Server.Domain.Import;

/// <summary>What a row's printed code (its STT cell) says about where the row sits.</summary>
public enum CodeShape
{
    /// <summary>No code.</summary>
    None,

    /// <summary>"2", "2.1.", "3.1.2": the row is part of the row whose code is its prefix.</summary>
    Arabic,

    /// <summary>"I.", "III", "Phần II": a group that restarts the arabic numbering under it.</summary>
    Roman,

    /// <summary>"Trong đó", "Chia theo", "-", "+", "a)", "ii": a part of the coded row above.</summary>
    Part,

    /// <summary>Anything else: read as no code.</summary>
    Other,
}
