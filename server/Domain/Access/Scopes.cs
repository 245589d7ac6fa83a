namespace CchcGrpc.Server.Domain.Access;

/// <summary>What a service token may do. Users' roles imply their rights; tokens of service accounts name them.</summary>
public static class Scopes
{
    public const string UnitsRead = "units.read";
    public const string UnitsWrite = "units.write";
    public const string ReportsRead = "reports.read";
    public const string ReportsWrite = "reports.write";
    public const string AnalyticsRead = "analytics.read";
    public const string PlansRead = "plans.read";
    public const string PlansWrite = "plans.write";
    public const string IndicesRead = "indices.read";
    public const string IndicesWrite = "indices.write";

    public static IReadOnlyList<string> All { get; } = [UnitsRead, UnitsWrite, ReportsRead, ReportsWrite, AnalyticsRead, PlansRead, PlansWrite, IndicesRead, IndicesWrite];

    /// <summary>Scopes a service token gets when none are named: read everything it covers, write reports.</summary>
    public static IReadOnlyList<string> ServiceDefault { get; } = [UnitsRead, ReportsRead, ReportsWrite, AnalyticsRead, PlansRead, IndicesRead];
}
