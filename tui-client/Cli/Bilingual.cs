namespace CchcGrpc.Client.Cli;

/// <summary>A piece of help in Vietnamese (the default) and English (--lang en).</summary>
public sealed record Bilingual(string Vi, string En)
{
    public string In(Messages messages) => messages.English ? En : Vi;
}
