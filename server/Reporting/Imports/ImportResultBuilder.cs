using Cchc.V1;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// The answer of one import call, built batch by batch. Rows and findings are capped so the answer
/// stays bounded however large the import; the summary counts everything.
/// </summary>
public sealed class ImportResultBuilder
{
    private readonly ImportResult _result = new() { Summary = new ImportSummary() };
    private int _listedFindings;
    private bool _anyApplied;

    public ImportSummary Summary => _result.Summary;

    public void AddRow(RowResult row)
    {
        if (row.Status == RowResult.Types.Status.Warning)
        {
            Summary.Warnings++;
        }
        if (_result.Rows.Count < ImportLimits.MaxReportedRows)
        {
            _result.Rows.Add(row);
        }
    }

    public void AddMapping(RowMapping mapping)
    {
        if (_result.Mappings.Count < ImportLimits.MaxReportedRows)
        {
            _result.Mappings.Add(mapping);
        }
    }

    public void AddFindings(PlannedFindings findings)
    {
        if (findings.Count == 0 || _listedFindings >= ImportLimits.MaxReportedRows)
        {
            return;
        }
        _listedFindings += findings.Count;
        _result.Findings.Add(findings.ToProto());
    }

    public void AddBatch(BatchResult batch, bool dryRun)
    {
        Summary.Batches++;
        _anyApplied |= !dryRun;
        if (batch.Outcome == BatchResult.Types.Outcome.Replayed)
        {
            // The stored counts describe the earlier call; this one wrote nothing.
            Summary.ReplayedBatches++;
        }
        else
        {
            Summary.Imported += batch.Imported;
            Summary.Updated += batch.Updated;
            Summary.Unchanged += batch.Unchanged;
            Summary.Rejected += batch.Rejected;
        }
        _result.Batches.Add(batch);
    }

    /// <summary>dry_run in the summary: every batch was a dry run.</summary>
    public ImportResult Build()
    {
        Summary.DryRun = Summary.Batches > 0 && !_anyApplied;
        return _result;
    }
}
