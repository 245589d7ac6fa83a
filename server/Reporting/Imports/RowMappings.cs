using Cchc.V1;
using CchcGrpc.Server.Domain.Import;
using How = Cchc.V1.RowMapping.Types.How;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>How each row of a batch was mapped, for ImportBatch.list_mappings (what a map file is written from).</summary>
public static class RowMappings
{
    public static RowMapping ToProto(MappedRow mapped, string reportName)
    {
        var match = mapped.Match;
        var proto = new RowMapping
        {
            SourceLine = mapped.Row.SourceLine,
            ReportName = reportName,
            SourceCode = mapped.Row.Indicator,
            SourceLabel = Domain.Import.LabelText.StripMarkup(mapped.Row.Label).Trim(),
            Field = match?.Section?.ToString() ?? "",
            ParentLabel = match?.ParentLabel ?? "",
            IndicatorId = mapped.Indicator?.Id ?? "",
            How = match is null ? (mapped.Indicator is null ? How.Unmapped : How.Id) : Of(mapped.Kind),
            Score = Math.Round(match?.Score ?? 0, 3),
        };
        if (mapped.Indicator is null)
        {
            proto.Candidates.Add(RowCandidates.ToProto(match));
        }
        return proto;
    }

    private static How Of(RowMatchKind kind) => kind switch
    {
        RowMatchKind.Section => How.Section,
        RowMatchKind.CodeAndLabel => How.LabelAndCode,
        RowMatchKind.Label => How.Label,
        RowMatchKind.Rule => How.Rule,
        RowMatchKind.Ignored => How.Ignored,
        RowMatchKind.Ambiguous => How.Ambiguous,
        _ => How.Unmapped,
    };
}
