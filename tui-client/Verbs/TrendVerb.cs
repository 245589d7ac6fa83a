using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc trend`: a unit's indicators over periods, with deltas, following mergers if asked.</summary>
public sealed class TrendVerb : IVerb
{
    public VerbSpec Spec { get; } = new(
        "trend",
        "Diễn biến chỉ tiêu của một đơn vị qua các kỳ.",
        "An indicator's values for a unit over periods.",
        "cchc trend --unit U --indicator ID... [--period P]... [--from YEAR] [--to YEAR] [--follow-lineage]",
        [
            new("--unit", true, "mã đơn vị", "unit code"),
            new("--indicator", true, "mã chỉ tiêu (dùng được nhiều lần)", "catalog id (repeatable)"),
            new("--period", true, "chỉ các kỳ báo cáo này (dùng được nhiều lần)", "only these periods (repeatable)"),
            new("--from", true, "năm bắt đầu", "first year"),
            new("--to", true, "năm kết thúc", "last year"),
            new("--follow-lineage", false, "kể cả các đơn vị đã sáp nhập vào đơn vị này", "include the units merged into this one"),
        ],
        ["cchc trend --unit 67 --indicator III.3.1 --from 2022 --to 2024"]);

    public async Task<int> RunAsync(CliContext context)
    {
        var args = context.Args;
        CliValues.NoPositionals(args);
        var request = new TrendRequest
        {
            UnitCode = args.Required("--unit"),
            FromYear = CliValues.Year(args.Value("--from"), "--from"),
            ToYear = CliValues.Year(args.Value("--to"), "--to"),
            FollowLineage = args.Has("--follow-lineage"),
        };
        request.IndicatorIds.Add(args.Values("--indicator"));
        request.PeriodIds.Add(args.Values("--period"));
        var response = await context.Session.Analytics.TrendAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        context.Printer.Print(new DataTable(response.UnitCode, ["indicator", "period", "number", "delta", "sources"],
            response.Series.SelectMany(s => s.Points.Select(p => (IReadOnlyList<string>)
                [s.IndicatorId, p.PeriodId, p.Number, p.Delta, string.Join(",", p.SourceUnitCodes)])).ToList()));
        return ExitCodes.Ok;
    }
}
