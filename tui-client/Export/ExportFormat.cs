namespace CchcGrpc.Client.Export;

/// <summary>What `cchc export` writes: the long table `cchc import` reads (CSV or JSON), or the report's appendix layout.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    Appendix,
}
