using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc rollup`: a unit's subtree summed (counts), recomputed (percentages) or distributed (choices).</summary>
public sealed class RollUpVerb : IVerb
{
    public VerbSpec Spec { get; } = new(
        "rollup",
        "Tổng hợp số liệu của các đơn vị trực thuộc.",
        "Roll up the values of a unit's subtree.",
        "cchc rollup --unit U --period P [--indicator ID]...",
        [
            new("--unit", true, "đơn vị cần tổng hợp số liệu (gồm toàn bộ các đơn vị trực thuộc)", "the unit whose subtree to roll up"),
            new("--period", true, "mã kỳ báo cáo", "period id"),
            new("--indicator", true, "chỉ tổng hợp các chỉ tiêu có mã này (dùng được nhiều lần)", "only these catalog ids (repeatable)"),
        ],
        ["cchc rollup --unit 67 --period 2023", "cchc rollup --unit 67 --period 2023 --indicator III.3.1 --output json"]);

    public async Task<int> RunAsync(CliContext context)
    {
        CliValues.NoPositionals(context.Args);
        var request = new RollUpRequest { UnitCode = context.Args.Required("--unit"), PeriodId = context.Args.Required("--period") };
        request.IndicatorIds.Add(context.Args.Values("--indicator"));
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
