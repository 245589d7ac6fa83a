namespace CchcGrpc.Client.Cli;

/// <summary>What scripts can branch on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The server rejected data (rows rejected or unmapped, invalid arguments) or a file is invalid.</summary>
    public const int DataRejected = 1;

    /// <summary>The command line is wrong: unknown verb or option, missing value.</summary>
    public const int Usage = 2;

    /// <summary>No answer from the server, or it refused who we are (UNAVAILABLE, UNAUTHENTICATED, PERMISSION_DENIED, DEADLINE_EXCEEDED).</summary>
    public const int ConnectionOrAuth = 3;
}
