namespace CchcGrpc.Client.Cli;

/// <summary>Options every verb accepts, before or after the verb.</summary>
public static class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:50051";

    public static readonly IReadOnlyList<OptionSpec> All =
    [
        new("--server", true, "URL of the cchc server (default $CCHC_SERVER, the stored login's server, or " + DefaultServer + ")"),
        new("--token", true, "bearer token (default $CCHC_TOKEN, else the token stored by `cchc login`)"),
        new("--output", true, "table | json | csv"),
        new("--lang", true, "vi (default) | en"),
        new("--help", false, "show help", "-h"),
    ];
}
