using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Server.Services;

public static class PeriodMapping
{
    public static Cchc.V1.Period ToProto(PeriodSchedule schedule) => new()
    {
        Id = schedule.Period.Id,
        Kind = schedule.Period.Kind switch
        {
            PeriodKind.Year => Cchc.V1.Period.Types.Kind.Year,
            PeriodKind.HalfYear => Cchc.V1.Period.Types.Kind.HalfYear,
            PeriodKind.NineMonths => Cchc.V1.Period.Types.Kind.NineMonths,
            _ => Cchc.V1.Period.Types.Kind.Quarter,
        },
        Year = schedule.Period.Year,
        Label = schedule.Label,
        DataFrom = ProtoMapping.Date(schedule.DataFrom),
        DataTo = ProtoMapping.Date(schedule.DataTo),
        Deadline = ProtoMapping.Date(schedule.Deadline),
    };

    /// <summary>A period id from a request, or INVALID_ARGUMENT naming the field and the accepted forms.</summary>
    public static PeriodId Parse(string text, string field) =>
        PeriodId.TryParseLocalized(text, out var period, out var problem) ? period : throw Errors.Invalid(field, problem);
}
