namespace CchcGrpc.Client.Cli;

/// <summary>An option whose help is written in both languages (System.CommandLine's Description holds one).</summary>
public interface IDescribedOption
{
    Bilingual Help { get; }
}
