using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Export;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc report show`: one report's values as entered, with state, number and note.</summary>
public sealed class ReportVerb : IVerb
{
    public VerbSpec Spec { get; } = new(
        "report",
        "Xem một báo cáo (report show).",
        "Show one report (report show).",
        "cchc report show NAME | cchc report show --unit U --period P      (NAME: reports/67/2023 or 67/2023)",
        [
            new("--unit", true, "mã đơn vị", "unit code"),
            new("--period", true, "mã kỳ báo cáo", "period id"),
        ],
        ["cchc report show reports/67/2023", "cchc report show --unit 67.SNV --period 2023-H1 --output json"]);

    public async Task<int> RunAsync(CliContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count == 0 || args.Positionals[0] != "show")
            throw new UsageException("the only report action is \"show\"");
        CliValues.NoPositionals(args, 2);
        var name = args.Positionals.Count == 2 ? args.Positionals[1] : $"{args.Required("--unit")}/{args.Required("--period")}";
        if (!name.StartsWith("reports/", StringComparison.Ordinal))
            name = "reports/" + name;
        var report = await context.Session.Reports.GetReportAsync(new GetReportRequest { Name = name }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var title = $"{report.Name} · {report.Status.ToString().ToLowerInvariant()} · rev {report.Revision} · {report.CatalogVersion}";
        context.Printer.Print(new DataTable(title, ["indicator", "state", "value", "number", "note", "derived"],
            report.Values.Select(v => (IReadOnlyList<string>)
                [v.IndicatorId, State(v.State), ExportedValues.RawText(v), v.Number, v.Note, v.Derived ? "true" : ""]).ToList()));
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
