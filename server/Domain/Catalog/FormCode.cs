namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Where an indicator sits in one form variant.</summary>
/// <param name="Variant">The <see cref="FormVariant.Id"/>.</param>
/// <param name="Code">The row's code in that variant's own numbering (what the row should say).</param>
/// <param name="Printed">
/// What the seed form actually prints when that differs: a wrong or repeated number, or "" for a row
/// printed without a code ("Trong đó" sub-rows). Null when the form prints <paramref name="Code"/>.
/// </param>
/// <param name="Label">The row's wording in that variant when it differs from the catalog name.</param>
public sealed record FormCode(string Variant, string Code, string? Printed = null, string? Label = null)
{
    /// <summary>The code an importer will see on the row.</summary>
    public string PrintedCode => Printed ?? Code;

    public bool IsUncoded => Printed == "";
}
