using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc trend`: a unit's indicators over periods, with deltas, following mergers if asked.</summary>
public sealed class TrendVerb : Verb
{
    public TrendVerb()
        : base("trend", new("Diễn biến chỉ tiêu của một đơn vị qua các kỳ.", "An indicator's values for a unit over periods."),
            "cchc trend --unit U --indicator ID... [--period P]... [--from YEAR] [--to YEAR] [--follow-lineage]",
            ["cchc trend --unit 67 --indicator III.3.1 --from 2022 --to 2024"])
    {
        Unit = Add(CliOptions.Text("--unit", new("mã đơn vị", "unit code")));
        Indicators = Add(CliOptions.Repeated("--indicator", new("mã chỉ tiêu (dùng được nhiều lần)", "catalog id (repeatable)")));
        Periods = Add(CliOptions.Repeated("--period", new("chỉ các kỳ báo cáo này (dùng được nhiều lần)", "only these periods (repeatable)")));
        From = Add(CliValues.YearOption("--from", new("năm bắt đầu", "first year")));
        To = Add(CliValues.YearOption("--to", new("năm kết thúc", "last year")));
        FollowLineage = Add(CliOptions.Flag("--follow-lineage", new("kể cả các đơn vị đã sáp nhập vào đơn vị này", "include the units merged into this one")));
        Require(Unit);
    }

    public CliOption<string?> Unit { get; }

    public CliOption<string[]> Indicators { get; }

    public CliOption<string[]> Periods { get; }

    public CliOption<int?> From { get; }

    public CliOption<int?> To { get; }

    public CliOption<bool> FollowLineage { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var request = new TrendRequest
        {
            UnitCode = context.Required(Unit),
            FromYear = context.Value(From) ?? 0,
            ToYear = context.Value(To) ?? 0,
            FollowLineage = context.Value(FollowLineage),
        };
        request.IndicatorIds.Add(context.Values(Indicators));
        request.PeriodIds.Add(context.Values(Periods));
        var response = await context.Session.Analytics.TrendAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        context.Printer.Print(new DataTable(response.UnitCode, ["indicator", "period", "number", "delta", "sources"],
            response.Series.SelectMany(s => s.Points.Select(p => (IReadOnlyList<string>)
                [s.IndicatorId, p.PeriodId, p.Number, p.Delta, string.Join(",", p.SourceUnitCodes)])).ToList()));
        return ExitCodes.Ok;
    }
}
