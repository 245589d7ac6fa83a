using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store.Sqlite;

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

    public ReportEventRecord ToRecord() => new(
        Id, ReportRow.Instant(At), UserName, Via, Revision, IndicatorId, OldRawText, NewRawText, OldNote, NewNote,
        (ReportStatus?)FromStatus, (ReportStatus?)ToStatus, Comment);
}
