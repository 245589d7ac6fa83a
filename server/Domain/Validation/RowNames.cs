using CchcGrpc.Server.Domain.Catalog;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Validation;

/// <summary>
/// Names an indicator the way the reporting unit knows it: the catalog id, plus the row number of the
/// unit's own form where that differs (the department form calls I.2.2 "1.1.2").
/// </summary>
internal static class RowNames
{
    public static string Of(IndicatorCatalog catalog, Indicator indicator, UnitLevel level)
    {
        var form = catalog.Variants.Where(v => v.Level == level).Select(v => indicator.FormCodeIn(v.Id)).FirstOrDefault(f => f is not null);
        return form is null || form.Code == indicator.Code
            ? indicator.Id
            : $"{indicator.Id} [dòng {(form.IsUncoded ? "không số, thuộc " + form.Code[..form.Code.LastIndexOf('.')] : form.PrintedCode)} trên biểu]";
    }
}
