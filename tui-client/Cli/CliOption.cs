using System.CommandLine;

namespace CchcGrpc.Client.Cli;

/// <summary>A System.CommandLine option of `cchc` with its help in Vietnamese and English; made by <see cref="CliOptions"/>.</summary>
public sealed class CliOption<T> : Option<T>, IDescribedOption
{
    public CliOption(string name, Bilingual help, params string[] aliases)
        : base(name, aliases)
    {
        Help = help;
        Description = help.Vi;
    }

    public Bilingual Help { get; }
}
