using System.Text.RegularExpressions;
using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Maps the rows of one form variant to catalog indicators, in order, by code and wording. Where a
/// form repeats a code (Biểu 4 numbers both staffing blocks 2.1–2.5; the department form numbers the
/// rows under 1.2 as 1.1.x), the wording decides, and failing that the heading most recently seen.
/// </summary>
public sealed partial class FormRowMatcher(IndicatorCatalog catalog, string variantId)
{
    private readonly FormVariant _variant = catalog.Variant(variantId);

    [GeneratedRegex(@"^[1-9]\d*$")]
    private static partial Regex ArabicSection();

    public IReadOnlyList<RowMatch> Match(IEnumerable<FormRow> rows)
    {
        var matches = new List<RowMatch>();
        var recent = new List<string>();
        Field? section = null;
        FormCode? lastCoded = null;
        foreach (var row in rows)
        {
            var code = FormCodes.Normalize(row.Code);
            if (SectionOf(code) is { } field)
            {
                section = field;
                matches.Add(new(row, RowMatchKind.Section, null, field));
                continue;
            }

            var match = code.Length == 0 ? Uncoded(row, lastCoded, section) : Coded(row, code, section, recent);
            if (match.Indicator is { } indicator)
            {
                recent.Add(indicator.Id);
                if (code.Length > 0) lastCoded = indicator.FormCodeIn(_variant.Id);
            }

            matches.Add(match);
        }

        return matches;
    }

    private Field? SectionOf(string code) => _variant.Sections == SectionNumbering.Roman
        ? Fields.TryParse(code, out var roman) ? roman : null
        : ArabicSection().IsMatch(code) && int.TryParse(code, out var n) && Enum.IsDefined((Field)n) ? (Field)n : null;

    private RowMatch Coded(FormRow row, string code, Field? section, List<string> recent)
    {
        var candidates = catalog.FindByFormCode(_variant.Id, code, section);
        var same = candidates.Where(i => Wordings(i).Any(w => RowLabels.Same(w, row.Label))).ToList();
        var alike = same.Count > 0 ? same : [.. candidates.Where(i => Wordings(i).Any(w => RowLabels.Alike(w, row.Label)))];
        if (alike.Count > 0)
        {
            // Several fit (a repeated block): take the one under the heading seen last.
            var best = alike.OrderByDescending(i => i.ParentId is null ? -1 : recent.LastIndexOf(i.ParentId)).First();
            return new(row, RowMatchKind.CodeAndLabel, best, section);
        }

        return candidates.Count == 1
            ? new(row, RowMatchKind.CodeOnly, candidates[0], section)
            : new(row, RowMatchKind.Unmatched, null, section);
    }

    private RowMatch Uncoded(FormRow row, FormCode? lastCoded, Field? section)
    {
        var under = lastCoded?.Code + ".";
        var candidates = catalog.Indicators.Where(i => i.FormCodeIn(_variant.Id) is { IsUncoded: true } f && lastCoded is not null
                                                       && f.Code.StartsWith(under, StringComparison.Ordinal));
        var match = candidates.FirstOrDefault(i => Wordings(i).Any(w => RowLabels.Alike(w, row.Label)));
        return new(row, match is null ? RowMatchKind.Unmatched : RowMatchKind.LabelUnderParent, match, section);
    }

    private IEnumerable<string> Wordings(Indicator indicator) =>
        indicator.FormCodeIn(_variant.Id)?.Label is { } label ? [indicator.Name, label] : [indicator.Name];
}
