namespace CchcGrpc.Client.Cli;

/// <summary>--lang: Vietnamese by default, English on request.</summary>
public enum Language
{
    Vietnamese,
    English,
}
