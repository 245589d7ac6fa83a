using System.CommandLine;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Import;
using CchcGrpc.Client.Output;
using CchcGrpc.Client.Verbs;

namespace CchcGrpc.Client.Indices;

/// <summary>
/// `cchc index import|show|compare|trend`: PAR INDEX, SIPAS, PAPI, PCI and DTI results per unit and
/// year (JSON file), criterion improvement plans (a report's text, as seed 002), one result's
/// criteria, units compared for a year, a unit over years. Demo values are marked in every output.
/// </summary>
public sealed class IndexVerb : Verb
{
    private static readonly string[] Actions = ["import", "show", "compare", "trend"];

    public IndexVerb()
        : base("index", new("Chỉ số PAR INDEX, SIPAS, PAPI, PCI, DTI: nhập, xem, so sánh, diễn biến (index import|show|compare|trend).",
                "PAR INDEX, SIPAS, PAPI, PCI and DTI results: import, show, compare, trend (index import|show|compare|trend)."),
            "cchc index import FILE.json | cchc index import FILE.txt --criteria --unit U [--year Y] | cchc index show --kind K --unit U --year Y [--criteria]"
            + " | cchc index compare --kind K --year Y (--parent U [--level L] | --unit U...) | cchc index trend --kind K --unit U [--from Y] [--to Y] [--follow-lineage]      (K: par, sipas, papi, pci, dti)",
            [
                "cchc index import ket-qua-chi-so-2024.json --dry-run",
                "cchc index import bao-cao-papi-par-2020.txt --criteria --unit 67.VP",
                "cchc index show --kind par --unit 67 --year 2024",
                "cchc index show --kind papi --unit 67.VP --year 2020 --criteria",
                "cchc index compare --kind par --year 2024 --parent 67 --level department",
                "cchc index trend --kind par --unit 67 --from 2022 --to 2024 --output csv",
                "cchc index trend --kind par --unit 68 --follow-lineage",
            ])
    {
        ActionWord = AddArgument(new Argument<string?>("ACTION") { Arity = ArgumentArity.ZeroOrOne });
        ActionWord.CompletionSources.Add(Actions);
        File = AddArgument(new Argument<string?>("FILE") { Arity = ArgumentArity.ZeroOrOne });
        Kind = Add(CliOptions.Choice("--kind", new("chỉ số: par, sipas, papi, pci, dti", "index: par, sipas, papi, pci, dti"), IndexKinds.Words, IndexKinds.Synonyms));
        Units = Add(CliOptions.Repeated("--unit", new("mã đơn vị (compare: dùng được nhiều lần)", "unit code (compare: repeatable)")));
        Year = Add(CliValues.YearOption("--year", new("năm", "year")));
        From = Add(CliValues.YearOption("--from", new("năm bắt đầu", "first year")));
        To = Add(CliValues.YearOption("--to", new("năm kết thúc", "last year")));
        Parent = Add(CliOptions.Text("--parent", new("so sánh các đơn vị thuộc đơn vị này", "compare the units under this one")));
        Level = Add(CliValues.LevelOption(new("chỉ các đơn vị cấp này", "only units of this level")));
        Criteria = Add(CliOptions.Flag("--criteria", new("kế hoạch cải thiện theo tiêu chí (nhiệm vụ, kết quả) thay cho điểm số", "criterion improvement plans (tasks, results) instead of scores")));
        DryRun = Add(CliOptions.Flag("--dry-run", new("đọc và kiểm tra, không ghi gì", "read and check, write nothing")));
        FollowLineage = Add(CliOptions.Flag("--follow-lineage", new("trend: trước khi sáp nhập, lấy kết quả của các đơn vị đã sáp nhập vào đơn vị này", "trend: before a merger, take the results of the units merged into this one")));
        Validators.Add(result =>
        {
            var action = result.GetResult(ActionWord)?.Tokens is [{ Value: var a }] ? a : null;
            if (action is null || !Actions.Contains(action))
            {
                result.AddError("the index action is import, show, compare or trend");
                return;
            }
            switch (action)
            {
                case "import" when result.GetResult(File) is null:
                    result.AddError("FILE is required");
                    break;
                case "import" when result.GetResult(Criteria) is not null:
                    RequireIn(result, Units);
                    break;
                case "show":
                    RequireIn(result, Kind, Units, Year);
                    break;
                case "compare":
                    RequireIn(result, Kind, Year);
                    if (result.GetResult(Parent) is null && result.GetResult(Units) is null)
                        result.AddError("--parent or --unit is required");
                    break;
                case "trend":
                    RequireIn(result, Kind, Units);
                    break;
            }
        });
    }

    public Argument<string?> ActionWord { get; }

    public Argument<string?> File { get; }

    public CliOption<IndexKind> Kind { get; }

    public CliOption<string[]> Units { get; }

    public CliOption<int?> Year { get; }

    public CliOption<int?> From { get; }

    public CliOption<int?> To { get; }

    public CliOption<string?> Parent { get; }

    public CliOption<UnitLevel> Level { get; }

    public CliOption<bool> Criteria { get; }

    public CliOption<bool> DryRun { get; }

    public CliOption<bool> FollowLineage { get; }

    public override Task<int> RunAsync(CliContext context) => context.Value(ActionWord) switch
    {
        "import" when context.Value(Criteria) => ImportCriteriaAsync(context),
        "import" => ImportResultsAsync(context),
        "show" when context.Value(Criteria) => ShowCriteriaAsync(context),
        "show" => ShowAsync(context),
        "compare" => CompareAsync(context),
        _ => TrendAsync(context),
    };

    private static Cchc.V1.Indices.IndicesClient Client(CliContext context) => new(context.Session.Invoker);

    private string Unit(CliContext context) => context.Values(Units)[^1];

    private async Task<string> ReadFileAsync(CliContext context)
    {
        var path = context.Value(File)!;
        try
        {
            return path == "-" ? await context.Console.In.ReadToEndAsync(context.CancellationToken).ConfigureAwait(false) : await System.IO.File.ReadAllTextAsync(path, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceFormatException(path, 0, e.Message);
        }
    }

    private async Task<int> ImportResultsAsync(CliContext context)
    {
        var results = IndexResultsFile.Read(context.Value(File)!, await ReadFileAsync(context).ConfigureAwait(false));
        var request = new ImportIndexResultsRequest { ValidateOnly = context.Value(DryRun) };
        request.Results.AddRange(results);
        var response = await Client(context).ImportIndexResultsAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        if (context.Value(DryRun))
            context.Console.Error.WriteLine(context.Messages["dry_run"]);
        context.Printer.Print(new DataTable("index import", ["kind", "unit", "year", "total", "rank", "peers", "demo", "outcome"],
            results.Zip(response.Outcomes, (r, o) => (IReadOnlyList<string>)
                [IndexKinds.Word(r.Kind), r.UnitCode, CliValues.N(r.Year), r.Total, Count(r.Rank), Count(r.PeerCount), r.Demo ? "demo" : "", Outcome(o)]).ToList()));
        return ExitCodes.Ok;
    }

    private async Task<int> ImportCriteriaAsync(CliContext context)
    {
        var response = await Client(context).ImportCriterionPlanAsync(new ImportCriterionPlanRequest
        {
            UnitCode = Unit(context),
            Year = context.Value(Year) ?? 0,
            Text = await ReadFileAsync(context).ConfigureAwait(false),
            ValidateOnly = context.Value(DryRun),
        }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        foreach (var line in response.Unparsed)
            context.Console.Error.WriteLine(new Bilingual($"cchc: dòng {line.Line} không đọc được: {line.Message}", $"cchc: line {line.Line} not read: {line.Message}").In(context.Messages));
        if (context.Value(DryRun))
            context.Console.Error.WriteLine(context.Messages["dry_run"]);
        context.Printer.Print(new DataTable("index import --criteria", ["kind", "unit", "year", "criteria", "tasks", "joined_lines", "outcome"],
            response.Plans.Zip(response.Outcomes, (p, o) => (IReadOnlyList<string>)
                [IndexKinds.Word(p.Kind), p.UnitCode, CliValues.N(p.Year), CliValues.N(p.Criteria.Count), CliValues.N(p.Criteria.Sum(c => c.Tasks.Count)), CliValues.N(response.Notes.Count), Outcome(o)]).ToList()));
        return ExitCodes.Ok;
    }

    private async Task<int> ShowAsync(CliContext context)
    {
        var result = await Client(context).GetIndexResultAsync(new GetIndexResultRequest { Kind = context.Value(Kind), UnitCode = Unit(context), Year = context.Value(Year)!.Value },
            cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var rows = result.Components.Select(c => (IReadOnlyList<string>)[c.Code, c.ParentCode, c.Name, c.MaxPoints, c.SelfAssessed, c.Appraised, c.Score]).ToList();
        rows.Add(["total", "", $"{IndexKinds.Word(result.Kind).ToUpperInvariant()} {result.UnitCode} {result.Year}", Sum(result.Components, c => c.ParentCode.Length == 0 ? c.MaxPoints : ""),
            Sum(result.Components, c => c.ParentCode.Length == 0 ? c.SelfAssessed : ""), Sum(result.Components, c => c.ParentCode.Length == 0 ? c.Appraised : ""), result.Total]);
        var rank = result.Rank > 0 ? $" · {result.Rank}/{result.PeerCount}" : "";
        var demo = result.Demo ? new Bilingual(" · SỐ LIỆU MẪU (demo)", " · DEMO VALUES").In(context.Messages) : "";
        context.Console.Error.WriteLine($"{IndexKinds.Word(result.Kind).ToUpperInvariant()} {result.UnitCode} {result.Year}: {result.Total}{rank}{demo} · {result.Source}");
        context.Printer.Print(new DataTable($"{IndexKinds.Word(result.Kind).ToUpperInvariant()} {result.UnitCode} {result.Year}{rank}{demo}", ["code", "parent", "name", "max_points", "self_assessed", "appraised", "score"], rows));
        return ExitCodes.Ok;
    }

    private async Task<int> ShowCriteriaAsync(CliContext context)
    {
        var plan = await Client(context).GetCriterionPlanAsync(new GetCriterionPlanRequest { Kind = context.Value(Kind), UnitCode = Unit(context), Year = context.Value(Year)!.Value },
            cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var rows = plan.Criteria.SelectMany(c => c.Tasks.Count == 0
            ? [(IReadOnlyList<string>)[c.Code, c.ParentCode, c.Name, "", "", CliValues.N(c.SourceLine)]]
            : c.Tasks.Select(t => (IReadOnlyList<string>)[c.Code, c.ParentCode, c.Name, t.Task, t.Result, CliValues.N(t.SourceLine)])).ToList();
        context.Printer.Print(new DataTable(plan.Title, ["code", "parent", "criterion", "task", "result", "line"], rows));
        return ExitCodes.Ok;
    }

    private async Task<int> CompareAsync(CliContext context)
    {
        var request = new CompareIndexRequest { Kind = context.Value(Kind), Year = context.Value(Year)!.Value, Level = context.Value(Level) };
        if (context.Value(Parent) is { } parent)
            request.DescendantsOf = parent;
        else
            request.UnitList = new UnitCodeList { Codes = { context.Values(Units) } };
        var response = await Client(context).CompareIndexAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        if (response.Missing.Count > 0)
            context.Console.Error.WriteLine(new Bilingual($"cchc: chưa có kết quả: {string.Join(", ", response.Missing)}", $"cchc: no result: {string.Join(", ", response.Missing)}").In(context.Messages));
        context.Printer.Print(new DataTable($"{IndexKinds.Word(response.Kind).ToUpperInvariant()} {response.Year}", ["position", "unit", "name", "total", "published_rank", "published_peers", "demo"],
            response.Standings.Select(s => (IReadOnlyList<string>)[Count(s.Position), s.UnitCode, s.UnitName, s.Total, Count(s.PublishedRank), Count(s.PublishedPeers), s.Demo ? "demo" : ""]).ToList()));
        return ExitCodes.Ok;
    }

    private async Task<int> TrendAsync(CliContext context)
    {
        var response = await Client(context).TrendIndexAsync(new TrendIndexRequest { Kind = context.Value(Kind), UnitCode = Unit(context), FromYear = context.Value(From) ?? 0, ToYear = context.Value(To) ?? 0, FollowLineage = context.Value(FollowLineage) },
            cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        context.Printer.Print(new DataTable($"{IndexKinds.Word(response.Kind).ToUpperInvariant()} {response.UnitCode}", ["year", "unit", "total", "delta", "rank", "peers", "places_gained", "demo"],
            response.Points.Select(p => (IReadOnlyList<string>)[CliValues.N(p.Year), p.UnitCode, p.Total, p.TotalDelta, Count(p.Rank), Count(p.PeerCount), p.HasRankDelta ? CliValues.N(p.RankDelta) : "", p.Demo ? "demo" : ""]).ToList()));
        return ExitCodes.Ok;
    }

    private static string Count(int value) => value == 0 ? "" : CliValues.N(value);

    private static string Sum(IEnumerable<IndexComponent> components, Func<IndexComponent, string> pick)
    {
        var values = components.Select(pick).Where(v => v.Length > 0).Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? "" : values.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Outcome(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Created => "created",
        ImportOutcome.Unchanged => "unchanged",
        ImportOutcome.Revised => "revised",
        _ => "",
    };
}
