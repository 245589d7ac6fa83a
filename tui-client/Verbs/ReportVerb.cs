using System.CommandLine;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Export;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc report show`: one report's values as entered, with state, number and note, and what the unit's plan offers for I.2.x.</summary>
public sealed class ReportVerb : Verb
{
    private const string OnlyShow = "the only report action is \"show\"";

    public ReportVerb()
        : base("report", new("Xem một báo cáo (report show); các dòng \"plan\" là I.2.1, I.2.2, I.2 theo kế hoạch CCHC năm của đơn vị, để đối chiếu.",
                "Show one report (report show); rows \"plan\" are I.2.1, I.2.2, I.2 as the unit's yearly CCHC plan gives them, to compare."),
            "cchc report show NAME | cchc report show --unit U --period P      (NAME: reports/67/2023 or 67/2023)",
            ["cchc report show reports/67/2023", "cchc report show --unit 67.SNV --period 2023-H1 --output json"])
    {
        Show = AddArgument(new Argument<string?>("ACTION") { Arity = ArgumentArity.ZeroOrOne });
        Show.CompletionSources.Add("show");
        ReportName = AddArgument(new Argument<string?>("NAME") { Arity = ArgumentArity.ZeroOrOne });
        Unit = Add(CliOptions.Text("--unit", new("mã đơn vị", "unit code")));
        Period = Add(CliOptions.Text("--period", new("mã kỳ báo cáo", "period id")));
        Validators.Add(result =>
        {
            if (result.GetResult(Show)?.Tokens is not [{ Value: "show" }])
                result.AddError(OnlyShow);
        });
        Validators.Add(result =>
        {
            if (result.GetResult(ReportName) is null)
                RequireIn(result, Unit, Period);
        });
    }

    /// <summary>"show", the only action: a word rather than a subcommand, so that `report --help` is the page of `report show`.</summary>
    public Argument<string?> Show { get; }

    /// <summary>reports/67/2023 or 67/2023; without it, --unit and --period.</summary>
    public Argument<string?> ReportName { get; }

    public CliOption<string?> Unit { get; }

    public CliOption<string?> Period { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var name = context.Value(ReportName) ?? $"{context.Required(Unit)}/{context.Required(Period)}";
        if (!name.StartsWith("reports/", StringComparison.Ordinal))
            name = "reports/" + name;
        var report = await context.Session.Reports.GetReportAsync(new GetReportRequest { Name = name }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var title = $"{report.Name} · {report.Status.ToString().ToLowerInvariant()} · rev {report.Revision} · {report.CatalogVersion}";
        context.Printer.Print(new DataTable(title, ["indicator", "state", "value", "number", "note", "derived"],
            report.Values.Select(v => (IReadOnlyList<string>)
                [v.IndicatorId, State(v.State), ExportedValues.RawText(v), v.Number, v.Note, v.Derived ? "true" : ""])
            // What the unit's yearly plan offers for I.2.x: state "plan", apart from the values the report holds.
            .Concat(report.PlanValues.Select(v => (IReadOnlyList<string>)[v.IndicatorId, "plan", v.RawText, v.Number, v.Note, "true"])).ToList()));
        return ExitCodes.Ok;
    }

    private static string State(ValueState state) => state switch
    {
        ValueState.Reported => "reported",
        ValueState.NotApplicable => "not_applicable",
        ValueState.NotReported => "not_reported",
        _ => "",
    };
}
