using Cchc.V1;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;
using CchcGrpc.Server.Domain.Reports;
using RowStatus = Cchc.V1.RowResult.Types.Status;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// The rows of one batch mapped, read and checked: the values to store, the rows to list (unmapped,
/// rejected, warned), and for each stored value its code and line as the source printed them. A row
/// is stored only under an indicator its label agrees with, that the unit's level reports, and that no
/// earlier row of the batch took; a report of a level without a form of its own (district, commune)
/// also may not count units above it (<see cref="LevelScope"/>).
/// </summary>
public sealed class BatchRows
{
    public List<RowResult> Listed { get; } = [];

    public List<ReportValue> Values { get; } = [];

    public Dictionary<string, string> SourceCodes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> SourceLines { get; } = new(StringComparer.Ordinal);

    /// <summary>Every row's mapping, when the batch asks for them (list_mappings).</summary>
    public List<RowMapping> Mappings { get; } = [];

    public int Rejected { get; private set; }

    public static BatchRows Read(ImportBatch batch, IndicatorCatalog catalog, UnitLevel level, MapRuleSet rules, string reportName)
    {
        var read = new BatchRows();
        var borrowedForm = !MatchScope.HasOwnForm(catalog, level);
        var rows = ImportRowMapper.Map(catalog, batch.Variant, batch.Rows, level, rules);
        // A row with nothing in it gives way to one with a value for the same indicator (a label wrapped
        // with its value on the next line; a form printing a row twice, once empty).
        var filled = rows.Where(m => m.Indicator is not null && RowCandidates.HasContent(m.Row)).Select(m => m.Indicator!.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var mapped in rows)
        {
            if (batch.ListMappings)
            {
                read.Mappings.Add(RowMappings.ToProto(mapped, reportName));
            }
            var givesWay = mapped.Indicator is { } indicator && !RowCandidates.HasContent(mapped.Row) && filled.Contains(indicator.Id);
            if (mapped.Kind is not (RowMatchKind.Section or RowMatchKind.Ignored) && !givesWay)
            {
                read.Add(mapped, catalog, level, borrowedForm, batch.Variant, reportName);
            }
        }
        return read;
    }

    private void Add(MappedRow mapped, IndicatorCatalog catalog, UnitLevel level, bool borrowedForm, string variant, string reportName)
    {
        var row = mapped.Row;
        RowResult Row(RowStatus status, string message) => new()
        {
            SourceLine = row.SourceLine, ReportName = reportName, Status = status, IndicatorId = mapped.Indicator?.Id ?? "", SourceCode = row.Indicator, Message = message,
            SourceLabel = mapped.Match is null ? "" : LabelText.StripMarkup(row.Label).Trim(),
        };
        if (mapped.Indicator is not { } indicator)
        {
            // A row with nothing in it loses nothing by staying unmapped: listed, not counted as rejected.
            var lost = RowCandidates.HasContent(row);
            var unmapped = Row(lost ? RowStatus.Unmapped : RowStatus.Warning, RowCandidates.Explain(mapped, catalog.Version, variant));
            unmapped.Candidates.Add(RowCandidates.ToProto(mapped.Match));
            Reject(unmapped, lost);
            return;
        }
        if (!indicator.AppliesTo(level))
        {
            Reject(Row(RowStatus.Rejected, $"{indicator.Id} does not apply to a {level.ToString().ToLowerInvariant()}."));
            return;
        }
        // Only a row with something in it: a heading that names the province's departments stores nothing anyway.
        if (borrowedForm && mapped.Match is not null && RowCandidates.HasContent(row) && LevelScope.UnitsAbove(row.Label, level) is { } above)
        {
            Reject(Row(RowStatus.Rejected, $"'{LabelText.StripMarkup(row.Label).Trim()}' counts {above}, which a {level.ToString().ToLowerInvariant()} does not have (it reports on the province's form); not written."));
            return;
        }
        if (!SourceCodes.TryAdd(indicator.Id, row.Indicator))
        {
            Reject(Row(RowStatus.Rejected, $"{indicator.Id} is given twice in this batch; the first is kept."));
            return;
        }
        SourceLines[indicator.Id] = row.SourceLine;
        var read = ImportValueReader.Read(indicator, row);
        if (read.Rejection is not null)
        {
            Reject(Row(RowStatus.Rejected, read.Rejection));
            return;
        }
        if (read.Value is { } value)
        {
            Values.Add(value);
        }
        if (read.Warning is not null)
        {
            Listed.Add(Row(RowStatus.Warning, read.Warning));
        }
    }

    private void Reject(RowResult row, bool counted = true)
    {
        Listed.Add(row);
        if (counted) Rejected++;
    }
}
