using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc rollup`: a unit's subtree summed (counts), recomputed (percentages) or distributed (choices).</summary>
public sealed class RollUpVerb : Verb
{
    public RollUpVerb()
        : base("rollup", new("Tổng hợp số liệu của các đơn vị trực thuộc.", "Roll up the values of a unit's subtree."),
            "cchc rollup --unit U --period P [--indicator ID]...",
            ["cchc rollup --unit 67 --period 2023", "cchc rollup --unit 67 --period 2023 --indicator III.3.1 --output json"])
    {
        Unit = Add(CliOptions.Text("--unit", new("đơn vị cần tổng hợp số liệu (gồm toàn bộ các đơn vị trực thuộc)", "the unit whose subtree to roll up")));
        Period = Add(CliOptions.Text("--period", new("mã kỳ báo cáo", "period id")));
        Indicators = Add(CliOptions.Repeated("--indicator", new("chỉ tổng hợp các chỉ tiêu có mã này (dùng được nhiều lần)", "only these catalog ids (repeatable)")));
        Require(Unit, Period);
    }

    public CliOption<string?> Unit { get; }

    public CliOption<string?> Period { get; }

    public CliOption<string[]> Indicators { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var request = new RollUpRequest { UnitCode = context.Required(Unit), PeriodId = context.Required(Period) };
        request.IndicatorIds.Add(context.Values(Indicators));
        var response = await context.Session.Analytics.RollUpAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        context.Printer.Print(new DataTable($"{response.UnitCode} · {response.PeriodId}",
            ["indicator", "number", "contributors", "aggregation", "distribution"],
            response.Values.Select(v => (IReadOnlyList<string>)
            [
                v.IndicatorId, v.Number, CliValues.N(v.Contributors), v.Aggregation,
                string.Join(" ", v.Distribution.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}:{d.Value}")),
            ]).ToList()));
        return ExitCodes.Ok;
    }
}
