using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc units`: the reporting units, all pages, optionally of one level or under one parent.</summary>
public sealed class UnitsVerb : Verb
{
    public UnitsVerb()
        : base("units", new("Liệt kê đơn vị báo cáo.", "List reporting units."),
            "cchc units [--level province|department|district|commune] [--parent CODE] [--include-dissolved]",
            ["cchc units --level district", "cchc units --parent 67 --output csv"])
    {
        Level = Add(CliValues.LevelOption(new("chỉ các đơn vị thuộc cấp này", "only units of this level")));
        Parent = Add(CliOptions.Text("--parent", new("chỉ các đơn vị trực thuộc trực tiếp đơn vị này", "only direct children of this unit")));
        IncludeDissolved = Add(CliOptions.Flag("--include-dissolved", new(
            "kể cả các đơn vị không còn tồn tại (ví dụ các đơn vị cấp huyện sau ngày 01/7/2025)", "include units that no longer exist (e.g. districts after 1 July 2025)")));
    }

    public CliOption<UnitLevel> Level { get; }

    public CliOption<string?> Parent { get; }

    public CliOption<bool> IncludeDissolved { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var request = new ListUnitsRequest
        {
            Level = context.Value(Level),
            ParentCode = context.Value(Parent) ?? "",
            IncludeDissolved = context.Value(IncludeDissolved),
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
        if (rows.Count == 0 && !request.IncludeDissolved && await OnlyDissolvedMatchAsync(context, request).ConfigureAwait(false))
            context.Console.Error.WriteLine(context.Messages[request.Level == UnitLevel.District ? "only_dissolved_districts" : "only_dissolved"]);
        return ExitCodes.Ok;
    }

    /// <summary>Whether the same question with --include-dissolved has an answer (so an empty list needs a word of explanation).</summary>
    private static async Task<bool> OnlyDissolvedMatchAsync(CliContext context, ListUnitsRequest request)
    {
        var withDissolved = new ListUnitsRequest(request) { IncludeDissolved = true, PageSize = 1, PageToken = "" };
        var page = await context.Session.Units.ListUnitsAsync(withDissolved, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        return page.Units.Count > 0;
    }
}
