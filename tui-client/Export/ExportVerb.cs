using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Client.Export;

/// <summary>`cchc export`: a report (or a roll-up of a unit's subtree) as long CSV, JSON or the appendix layout.</summary>
public sealed class ExportVerb : Verb
{
    public ExportVerb()
        : base("export", new("Xuất một báo cáo (hoặc số liệu tổng hợp) ra CSV, JSON hoặc mẫu phụ lục.", "Export a report (or a roll-up) as CSV, JSON or the appendix layout."),
            "cchc export --unit U --period P [--format csv|json|appendix] [--rollup] [-o FILE]",
            [
                "cchc export --unit 67 --period 2023 -o 67-2023.csv",
                "cchc export --unit 67 --period 2023 --format appendix --rollup",
                "cchc export --unit 67.SNV --period 2023-H1 --format json | jq '.[].value'",
            ])
    {
        Unit = Add(CliOptions.Text("--unit", new("mã đơn vị, ví dụ 67", "unit code, e.g. 67")));
        Period = Add(CliOptions.Text("--period", new("mã kỳ báo cáo, ví dụ 2023, 2023-H1", "period id, e.g. 2023, 2023-H1")));
        Format = Add(CliOptions.Choice("--format", new(
                "csv (mặc định) | json | appendix (báo cáo của sở theo mẫu phụ lục dành cho sở: mục 1.–7., mã dạng 1.2.1.; báo cáo của các đơn vị khác theo Biểu 1–7)",
                "csv (default) | json | appendix (a department's in the department form: sections 1.–7., codes such as 1.2.1.; other units' in Biểu 1–7)"),
            [("csv", ExportFormat.Csv), ("json", ExportFormat.Json), ("appendix", ExportFormat.Appendix)]));
        RollUp = Add(CliOptions.Flag("--rollup", new(
            "xuất số liệu tổng hợp của đơn vị và các đơn vị trực thuộc (Analytics/RollUp) thay cho báo cáo riêng của đơn vị; chỉ tiêu lựa chọn và chỉ tiêu có/không được ghi thành số đơn vị theo từng phương án, \"Không: 3; Có: 12\"",
            "export the roll-up of the unit's subtree (Analytics/RollUp) instead of its own report; choice and yes/no indicators are written as units per option, \"Không: 3; Có: 12\"")));
        Out = Add(CliOptions.Text("--out", new("ghi ra tệp FILE thay vì đầu ra chuẩn (stdout)", "write to FILE instead of stdout"), "-o"));
        Require(Unit, Period);
    }

    public CliOption<string?> Unit { get; }

    public CliOption<string?> Period { get; }

    public CliOption<ExportFormat> Format { get; }

    public CliOption<bool> RollUp { get; }

    public CliOption<string?> Out { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var unit = context.Required(Unit);
        var period = context.Required(Period);
        var format = context.Value(Format);
        var rolledUp = context.Value(RollUp);
        var session = context.Session;
        var ct = context.CancellationToken;
        GetCatalogResponse? catalog = null;
        if (format == ExportFormat.Appendix || rolledUp)
            catalog = await new CatalogCache(context.Console.ConfigDirectory).GetAsync(session, ct).ConfigureAwait(false);
        IReadOnlyList<SourceRow> rows;
        if (rolledUp)
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
            ExportFormat.Json => JsonRowsWriter.Write(rows),
            ExportFormat.Appendix => await AppendixAsync(context, unit, period, catalog!, rows).ConfigureAwait(false),
            _ => LongTableWriter.Write(rows),
        };
        if (context.Value(Out) is { } file)
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
