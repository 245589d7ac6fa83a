using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc compare`: units ranked on indicators, ties sharing a rank, missing units listed.</summary>
public sealed class CompareVerb : Verb
{
    public CompareVerb()
        : base("compare", new("So sánh, xếp hạng các đơn vị theo chỉ tiêu.", "Rank units on indicators."),
            "cchc compare --period P [--parent CODE | --units A,B,...] [--level L] [--indicator ID]... [--ascending]",
            ["cchc compare --period 2023 --parent 67 --level district --indicator III.3.1"])
    {
        Period = Add(CliOptions.Text("--period", new("mã kỳ báo cáo", "period id")));
        Parent = Add(CliOptions.Text("--parent", new("xếp hạng các đơn vị trực thuộc đơn vị này", "rank the units below this one")));
        Units = Add(CliOptions.Text("--units", new("xếp hạng các đơn vị này (mã đơn vị, cách nhau bằng dấu phẩy)", "rank these units (comma-separated codes)")));
        Level = Add(CliValues.LevelOption(new("chỉ các đơn vị thuộc cấp này", "only units of this level")));
        Indicators = Add(CliOptions.Repeated("--indicator", new("mã chỉ tiêu dùng để xếp hạng (dùng được nhiều lần)", "catalog id to rank on (repeatable)")));
        Ascending = Add(CliOptions.Flag("--ascending", new("giá trị nhỏ hơn là tốt hơn", "smaller is better")));
        Require(Period);
    }

    public CliOption<string?> Period { get; }

    public CliOption<string?> Parent { get; }

    public CliOption<string?> Units { get; }

    public CliOption<UnitLevel> Level { get; }

    public CliOption<string[]> Indicators { get; }

    public CliOption<bool> Ascending { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var request = new CompareRequest
        {
            PeriodId = context.Required(Period),
            Level = context.Value(Level),
            Ascending = context.Value(Ascending),
        };
        if (context.Value(Parent) is { } parent)
            request.DescendantsOf = parent;
        else if (context.Value(Units) is { } units)
            request.UnitList = new UnitCodes { Codes = { units.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) } };
        request.IndicatorIds.Add(context.Values(Indicators));
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
