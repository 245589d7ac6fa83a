namespace CchcGrpc.Server.Domain.Reports;

/// <summary>Identifies a report: "reports/{unit_code}/{period_id}".</summary>
public readonly record struct ReportKey(string UnitCode, string PeriodId)
{
    private const string Prefix = "reports/";

    public string Name => Prefix + UnitCode + "/" + PeriodId;

    public static bool TryParse(string? name, out ReportKey key)
    {
        key = default;
        if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = name[Prefix.Length..];
        var slash = rest.LastIndexOf('/');
        if (slash <= 0 || slash == rest.Length - 1)
        {
            return false;
        }
        key = new ReportKey(rest[..slash], rest[(slash + 1)..]);
        return true;
    }

    public override string ToString() => Name;
}
