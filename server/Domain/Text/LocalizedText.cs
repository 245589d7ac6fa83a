namespace CchcGrpc.Server.Domain.Text;

/// <summary>A sentence meant for a person, written in Vietnamese and in English.</summary>
public sealed record LocalizedText(string Vi, string En)
{
    public string In(Language language) => language == Language.English ? En : Vi;

    public override string ToString() => En;
}
