using Cchc.V1;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Server.Services;

public static class HistoryMapping
{
    public static ReportEvent ToProto(ReportEventRecord record)
    {
        var proto = new ReportEvent
        {
            At = ProtoMapping.Instant(record.At),
            UserName = record.UserName,
            Via = record.Via,
            Revision = record.Revision,
        };
        if (record.IndicatorId is not null)
        {
            proto.ValueChange = new ValueChange
            {
                IndicatorId = record.IndicatorId,
                OldRawText = record.OldRawText ?? "",
                NewRawText = record.NewRawText ?? "",
                OldNote = record.OldNote ?? "",
                NewNote = record.NewNote ?? "",
            };
        }
        else
        {
            proto.StatusChange = new StatusChange
            {
                From = (ReportStatus)(int)(record.From ?? 0),
                To = (ReportStatus)(int)(record.To ?? 0),
                Comment = record.Comment ?? "",
            };
        }
        return proto;
    }
}
