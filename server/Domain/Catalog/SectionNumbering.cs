namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>How a form variant prints its section (field) heading rows.</summary>
public enum SectionNumbering
{
    /// <summary>"III." rows head each Biểu; indicator codes restart in every Biểu.</summary>
    Roman,

    /// <summary>"3." rows head each section; codes carry the section number (3.4.1).</summary>
    Arabic,
}
