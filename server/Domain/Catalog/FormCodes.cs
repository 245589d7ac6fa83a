namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Row codes as forms print them: "2.1." and "2.1" are the same code.</summary>
public static class FormCodes
{
    public static string Normalize(string code) => code.Trim().TrimEnd('.');
}
