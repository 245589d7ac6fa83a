using Cchc.V1;
using Google.Protobuf;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// The answer of one import call, built batch by batch. It has to fit in one gRPC message however
/// large the import (an import of 4,000,000 values has 40,000 batches, and 10,000 listed rows with
/// their candidates are several MB), so every list is cut at its count and all of them together at
/// <see cref="MaxBytes"/>; the summary counts everything, and <c>unlisted</c> what was left out.
/// </summary>
public sealed class ImportResultBuilder(int maxBytes)
{
    /// <summary>Batches that need no attention (applied, unchanged, replayed, dry run, no message) listed at most.</summary>
    public const int MaxPlainBatches = 1000;

    private readonly ImportResult _result = new() { Summary = new ImportSummary() };
    private int _listedFindings;
    private int _plainBatches;
    private long _bytes;
    private bool _anyApplied;

    public int MaxBytes { get; } = maxBytes;

    public ImportSummary Summary => _result.Summary;

    public void AddRow(RowResult row)
    {
        if (row.Status == RowResult.Types.Status.Warning)
        {
            Summary.Warnings++;
        }
        List(_result.Rows, row, _result.Rows.Count < ImportLimits.MaxReportedRows);
    }

    public void AddMapping(RowMapping mapping) =>
        List(_result.Mappings, mapping, _result.Mappings.Count < ImportLimits.MaxReportedRows);

    public void AddFindings(PlannedFindings findings)
    {
        if (findings.Count == 0)
        {
            return;
        }
        if (_listedFindings >= ImportLimits.MaxReportedRows)
        {
            Summary.Unlisted += findings.Count;
            return;
        }
        var all = findings.ToProto();
        var listed = new ReportFindings { ReportName = all.ReportName };
        var size = listed.CalculateSize() + 8L;
        foreach (var finding in all.Findings)
        {
            var one = Entry(finding);
            if (_listedFindings < ImportLimits.MaxReportedRows && _bytes + size + one <= MaxBytes)
            {
                listed.Findings.Add(finding);
                size += one;
                _listedFindings++;
            }
            else
            {
                Summary.Unlisted++;
            }
        }
        if (listed.Findings.Count > 0)
        {
            _result.Findings.Add(listed);
            _bytes += size;
        }
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
        if (batch.Outcome == BatchResult.Types.Outcome.Rejected || batch.Message.Length > 0)
        {
            List(_result.Batches, batch, true);
        }
        else if (_plainBatches < MaxPlainBatches && _bytes + Entry(batch) <= MaxBytes)
        {
            // What the summary already says: only a first few, never counted as left out.
            _result.Batches.Add(batch);
            _bytes += Entry(batch);
            _plainBatches++;
        }
    }

    /// <summary>dry_run in the summary: every batch was a dry run.</summary>
    public ImportResult Build()
    {
        Summary.DryRun = Summary.Batches > 0 && !_anyApplied;
        return _result;
    }

    private void List<T>(ICollection<T> list, T item, bool countAllows) where T : IMessage
    {
        var size = Entry(item);
        if (countAllows && _bytes + size <= MaxBytes)
        {
            list.Add(item);
            _bytes += size;
        }
        else
        {
            Summary.Unlisted++;
        }
    }

    // An entry's bytes in the answer: the message, its tag and its length prefix.
    private static int Entry(IMessage message)
    {
        var size = message.CalculateSize();
        return size + 1 + CodedOutputStream.ComputeLengthSize(size);
    }
}
