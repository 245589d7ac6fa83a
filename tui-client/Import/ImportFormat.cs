namespace CchcGrpc.Client.Import;

/// <summary>The file formats `cchc import` reads.</summary>
public enum ImportFormat
{
    Auto,
    Csv,
    Tsv,
    Json,
    Appendix,
}
