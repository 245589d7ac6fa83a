using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc units`: the reporting units, all pages, optionally of one level or under one parent.</summary>
public sealed class UnitsVerb : IVerb
{
    public VerbSpec Spec { get; } = new(
        "units",
        "Liệt kê đơn vị báo cáo.",
        "List reporting units.",
        "cchc units [--level province|department|district|commune] [--parent CODE] [--include-dissolved]",
        [
            new("--level", true, "chỉ các đơn vị thuộc cấp này", "only units of this level"),
            new("--parent", true, "chỉ các đơn vị trực thuộc trực tiếp đơn vị này", "only direct children of this unit"),
            new("--include-dissolved", false, "kể cả các đơn vị không còn tồn tại (ví dụ các đơn vị cấp huyện sau ngày 01/7/2025)", "include units that no longer exist (e.g. districts after 1 July 2025)"),
        ],
        ["cchc units --level district", "cchc units --parent 67 --output csv"]);

    public async Task<int> RunAsync(CliContext context)
    {
        CliValues.NoPositionals(context.Args);
        var request = new ListUnitsRequest
        {
            Level = CliValues.Level(context.Args.Value("--level")),
            ParentCode = context.Args.Value("--parent") ?? "",
            IncludeDissolved = context.Args.Has("--include-dissolved"),
            PageSize = 1000,
        };
        var rows = new List<IReadOnlyList<string>>();
        do
        {
            var page = await context.Session.Units.ListUnitsAsync(request, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
            rows.AddRange(page.Units.Select(u => (IReadOnlyList<string>)
                [u.Code, u.Name, CliValues.Name(u.Level), u.ParentCode, u.ValidFrom, u.ValidTo, CliValues.N(u.ChildCount)]));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        context.Printer.Print(new DataTable("", ["code", "name", "level", "parent", "valid_from", "valid_to", "children"], rows));
        return ExitCodes.Ok;
    }
}
