using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc compare`: units ranked on indicators, ties sharing a rank, missing units listed.</summary>
public sealed class CompareVerb : IVerb
{
    public VerbSpec Spec { get; } = new(
        "compare",
        "So sánh, xếp hạng các đơn vị theo chỉ tiêu.",
        "Rank units on indicators.",
        "cchc compare --period P [--parent CODE | --units A,B,...] [--level L] [--indicator ID]... [--ascending]",
        [
            new("--period", true, "mã kỳ báo cáo", "period id"),
            new("--parent", true, "xếp hạng các đơn vị trực thuộc đơn vị này", "rank the units below this one"),
            new("--units", true, "xếp hạng các đơn vị này (mã đơn vị, cách nhau bằng dấu phẩy)", "rank these units (comma-separated codes)"),
            new("--level", true, "chỉ các đơn vị thuộc cấp này", "only units of this level"),
            new("--indicator", true, "mã chỉ tiêu dùng để xếp hạng (dùng được nhiều lần)", "catalog id to rank on (repeatable)"),
            new("--ascending", false, "giá trị nhỏ hơn là tốt hơn", "smaller is better"),
        ],
        ["cchc compare --period 2023 --parent 67 --level district --indicator III.3.1"]);

    public async Task<int> RunAsync(CliContext context)
    {
        var args = context.Args;
        CliValues.NoPositionals(args);
        var request = new CompareRequest
        {
            PeriodId = args.Required("--period"),
            Level = CliValues.Level(args.Value("--level")),
            Ascending = args.Has("--ascending"),
        };
        if (args.Value("--parent") is { } parent)
            request.DescendantsOf = parent;
        else if (args.Value("--units") is { } units)
            request.UnitList = new UnitCodes { Codes = { units.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) } };
        request.IndicatorIds.Add(args.Values("--indicator"));
        var response = await context.Session.Analytics.CompareAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var ranking in response.Rankings)
        {
            rows.AddRange(ranking.Entries.Select(e => (IReadOnlyList<string>)
                [ranking.IndicatorId, CliValues.N(e.Rank), e.UnitCode, e.UnitName, e.Number, e.Tied ? "true" : ""]));
            rows.AddRange(ranking.MissingUnitCodes.Select(code => (IReadOnlyList<string>)[ranking.IndicatorId, "", code, "", "", ""]));
        }
        context.Printer.Print(new DataTable(response.PeriodId, ["indicator", "rank", "unit", "name", "number", "tied"], rows));
        return ExitCodes.Ok;
    }
}
