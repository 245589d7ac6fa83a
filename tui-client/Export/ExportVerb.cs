using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Client.Export;

/// <summary>`cchc export`: a report (or a roll-up of a unit's subtree) as long CSV, JSON or the appendix layout.</summary>
public sealed class ExportVerb : IVerb
{
    public VerbSpec Spec { get; } = new(
        "export",
        "Xuất một báo cáo (hoặc số liệu tổng hợp) ra CSV, JSON hoặc mẫu phụ lục.",
        "Export a report (or a roll-up) as CSV, JSON or the appendix layout.",
        "cchc export --unit U --period P [--format csv|json|appendix] [--rollup] [-o FILE]",
        [
            new("--unit", true, "mã đơn vị, ví dụ 67", "unit code, e.g. 67"),
            new("--period", true, "mã kỳ báo cáo, ví dụ 2023, 2023-H1", "period id, e.g. 2023, 2023-H1"),
            new("--format", true, "csv (mặc định) | json | appendix (báo cáo của sở theo mẫu phụ lục dành cho sở: mục 1.–7., mã dạng 1.2.1.; báo cáo của các đơn vị khác theo Biểu 1–7)", "csv (default) | json | appendix (a department's in the department form: sections 1.–7., codes such as 1.2.1.; other units' in Biểu 1–7)"),
            new("--rollup", false, "xuất số liệu tổng hợp của đơn vị và các đơn vị trực thuộc (Analytics/RollUp) thay cho báo cáo riêng của đơn vị; chỉ tiêu lựa chọn và chỉ tiêu có/không được ghi thành số đơn vị theo từng phương án, \"Không: 3; Có: 12\"", "export the roll-up of the unit's subtree (Analytics/RollUp) instead of its own report; choice and yes/no indicators are written as units per option, \"Không: 3; Có: 12\""),
            new("--out", true, "ghi ra tệp FILE thay vì đầu ra chuẩn (stdout)", "write to FILE instead of stdout", "-o"),
        ],
        [
            "cchc export --unit 67 --period 2023 -o 67-2023.csv",
            "cchc export --unit 67 --period 2023 --format appendix --rollup",
            "cchc export --unit 67.SNV --period 2023-H1 --format json | jq '.[].value'",
        ]);

    public async Task<int> RunAsync(CliContext context)
    {
        var args = context.Args;
        var unit = args.Required("--unit");
        var period = args.Required("--period");
        var format = args.Value("--format") ?? "csv";
        if (format is not ("csv" or "json" or "appendix"))
            throw new UsageException($"--format must be csv, json or appendix, not \"{format}\"");
        if (args.Positionals.Count > 0)
            throw new UsageException($"unexpected argument \"{args.Positionals[0]}\"");
        var session = context.Session;
        var ct = context.CancellationToken;
        GetCatalogResponse? catalog = null;
        if (format == "appendix" || args.Has("--rollup"))
            catalog = await new CatalogCache(context.Console.ConfigDirectory).GetAsync(session, ct).ConfigureAwait(false);
        IReadOnlyList<SourceRow> rows;
        if (args.Has("--rollup"))
        {
            var rollUp = await session.Analytics.RollUpAsync(new RollUpRequest { UnitCode = unit, PeriodId = period }, cancellationToken: ct).ResponseAsync.ConfigureAwait(false);
            rows = ExportedValues.FromRollUp(rollUp, catalog!.Indicators.ToDictionary(i => i.Id));
        }
        else
        {
            var report = await session.Reports.GetReportAsync(new GetReportRequest { Name = $"reports/{unit}/{period}" }, cancellationToken: ct).ResponseAsync.ConfigureAwait(false);
            rows = ExportedValues.FromReport(report);
        }
        var text = format switch
        {
            "json" => JsonRowsWriter.Write(rows),
            "appendix" => await AppendixAsync(context, unit, period, catalog!, rows).ConfigureAwait(false),
            _ => LongTableWriter.Write(rows),
        };
        if (args.Value("--out") is { } file)
        {
            await File.WriteAllTextAsync(file, text, ct).ConfigureAwait(false);
            if (!context.Console.OutputRedirected)
                context.Console.Error.WriteLine(context.Messages.Format("wrote", rows.Count, file));
        }
        else
        {
            context.Console.Out.Write(text);
        }
        return ExitCodes.Ok;
    }

    /// <summary>A department's values in the department form's layout; every other level's in the province form's (Biểu 1–7).</summary>
    private static async Task<string> AppendixAsync(CliContext context, string unit, string period, GetCatalogResponse catalog, IReadOnlyList<SourceRow> rows)
    {
        var found = await context.Session.Units.GetUnitAsync(new GetUnitRequest { Code = unit }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        var values = rows.ToDictionary(r => r.Indicator);
        return found.Level == UnitLevel.Department
            ? DepartmentAppendixWriter.Write($"Phụ lục thống kê số liệu về kết quả thực hiện công tác CCHC: {found.Name} ({unit}), kỳ {period}", catalog.Indicators, values)
            : AppendixWriter.Write($"Phụ lục thống kê số liệu CCHC: {found.Name} ({unit}), kỳ {period}", catalog.Indicators, values, found.Level);
    }
}
