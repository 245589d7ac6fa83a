using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>A report_events row: a status change, one value change (older rows), or a write's value changes packed in <see cref="Changes"/>.</summary>
internal sealed class EventRow
{
    public long Id { get; set; }

    public string At { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Via { get; set; } = "";

    public long Revision { get; set; }

    public string? IndicatorId { get; set; }

    public string? OldRawText { get; set; }

    public string? NewRawText { get; set; }

    public string? OldNote { get; set; }

    public string? NewNote { get; set; }

    public long? FromStatus { get; set; }

    public long? ToStatus { get; set; }

    public string? Comment { get; set; }

    public byte[]? Changes { get; set; }

    /// <summary>The entries of this row in history order, with <paramref name="keyOf"/> naming packed indicators.</summary>
    public IEnumerable<ReportEventRecord> ToRecords(Func<long, string> keyOf)
    {
        var at = ReportRow.Instant(At);
        if (Changes is null)
        {
            yield return new(new HistoryPosition(Id, 0), at, UserName, Via, Revision, IndicatorId, OldRawText, NewRawText, OldNote, NewNote,
                (ReportStatus?)FromStatus, (ReportStatus?)ToStatus, Comment);
            yield break;
        }
        var item = 0;
        foreach (var change in AuditChanges.Decode(Changes))
        {
            yield return new(new HistoryPosition(Id, item++), at, UserName, Via, Revision, keyOf(change.IndicatorKey),
                change.OldRawText, change.NewRawText, change.OldNote, change.NewNote, null, null, null);
        }
    }
}
