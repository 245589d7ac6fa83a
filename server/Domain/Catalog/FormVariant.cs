using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>
/// One printed layout of the appendix (province Biểu 1–7, department phụ lục...). Variants number
/// the same indicators differently and drop or add rows.
/// </summary>
/// <param name="Id">Stable key used in <see cref="Indicator.Forms"/>: "province", "department".</param>
/// <param name="Level">The unit level that fills this form.</param>
/// <param name="Name">Vietnamese title of the form.</param>
/// <param name="Sections">How section headings are numbered; Roman means codes are scoped by field.</param>
/// <param name="Source">The document the layout was taken from.</param>
public sealed record FormVariant(string Id, UnitLevel Level, string Name, SectionNumbering Sections, string Source)
{
    /// <summary>Codes restart per field (province Biểu); otherwise they are unique across the form.</summary>
    public bool CodesScopedByField => Sections == SectionNumbering.Roman;
}
