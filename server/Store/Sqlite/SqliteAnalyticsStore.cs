using System.Globalization;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteAnalyticsStore(Database database) : IAnalyticsStore
{
    public async Task<IReadOnlyList<IndicatorTotal>> SumAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string>? indicatorIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var (filter, parameters) = await FilterAsync(connection, units, cancellationToken);
        parameters.AddDynamicParams(new { periodId, Statuses = Codes(statuses), Indicators = indicatorIds?.ToArray() });
        var indicatorFilter = indicatorIds is null ? "" : "AND i.key IN @Indicators";
        var rows = await connection.QueryAsync<(string Key, double Total, long Contributors)>(new CommandDefinition(
            $"""
            SELECT i.key, SUM(v.num), COUNT(*)
            FROM reports r JOIN units u ON u.id = r.unit_id
            JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
            WHERE r.period_id = @periodId AND r.status IN @Statuses AND {filter} AND v.state = 1 AND v.num IS NOT NULL {indicatorFilter}
            GROUP BY v.indicator_id
            """, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new IndicatorTotal(r.Key, Math.Round((decimal)r.Total, 6), (int)r.Contributors)).ToList();
    }

    public async Task<IReadOnlyList<ChoiceCount>> CountChoicesAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var (filter, parameters) = await FilterAsync(connection, units, cancellationToken);
        parameters.AddDynamicParams(new { periodId, Statuses = Codes(statuses), Indicators = indicatorIds.ToArray() });
        var rows = await connection.QueryAsync<(string Key, string Option, long Units)>(new CommandDefinition(
            $"""
            SELECT i.key, v.number, COUNT(*)
            FROM reports r JOIN units u ON u.id = r.unit_id
            JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
            WHERE r.period_id = @periodId AND r.status IN @Statuses AND {filter} AND v.state = 1 AND v.number IS NOT NULL AND i.key IN @Indicators
            GROUP BY v.indicator_id, v.number
            """, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new ChoiceCount(r.Key, r.Option, (int)r.Units)).ToList();
    }

    public async Task<IReadOnlyList<UnitNumber>> GetUnitNumbersAsync(UnitSelection units, string periodId, IReadOnlyCollection<ReportStatus> statuses, IReadOnlyCollection<string> indicatorIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var (filter, parameters) = await FilterAsync(connection, units, cancellationToken);
        parameters.AddDynamicParams(new { periodId, Statuses = Codes(statuses), Indicators = indicatorIds.ToArray() });
        // Units first, then their counted report (if any), then the value (if any): a unit
        // without a report still appears, so the caller can list it as missing. The unary + keeps
        // the planner off reports_period, which without statistics it would scan once per unit
        // (4.5 s instead of 30 ms for 4,237 communes, bench/results/national.md).
        var rows = await connection.QueryAsync<(string Code, string Name, string Key, long? State, string? Number)>(new CommandDefinition(
            $"""
            SELECT u.code, u.name, i.key, v.state, v.number
            FROM units u
            JOIN indicators i ON i.key IN @Indicators
            LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = @periodId AND +r.status IN @Statuses
            LEFT JOIN report_values v ON v.report_id = r.id AND v.indicator_id = i.id
            WHERE {filter}
            ORDER BY u.code
            """, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new UnitNumber(r.Code, r.Name, r.Key, (ValueState?)r.State, Parse(r.Number))).ToList();
    }

    public async Task<IReadOnlyList<PeriodNumber>> GetSeriesAsync(IReadOnlyCollection<string> unitCodes, IReadOnlyCollection<string> indicatorIds, IReadOnlyCollection<string> periodIds, IReadOnlyCollection<ReportStatus> statuses, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Code, string Period, string Key, long State, string? Number)>(new CommandDefinition(
            """
            SELECT u.code, r.period_id, i.key, v.state, v.number
            FROM reports r JOIN units u ON u.id = r.unit_id
            JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
            WHERE u.code IN @Units AND r.period_id IN @Periods AND i.key IN @Indicators AND r.status IN @Statuses
            """,
            new { Units = unitCodes.ToArray(), Periods = periodIds.ToArray(), Indicators = indicatorIds.ToArray(), Statuses = Codes(statuses) },
            cancellationToken: cancellationToken));
        return rows.Select(r => new PeriodNumber(r.Code, r.Period, r.Key, (ValueState)r.State, Parse(r.Number))).ToList();
    }

    public async Task<IReadOnlyList<UnitSubmission>> GetSubmissionsAsync(UnitSelection units, string periodId, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var (filter, parameters) = await FilterAsync(connection, units, cancellationToken);
        parameters.AddDynamicParams(new { periodId });
        var rows = await connection.QueryAsync<(string Code, long Level, string From, string? To, long? Status, string? SubmittedAt, long? Late)>(new CommandDefinition(
            $"""
            SELECT u.code, u.level, u.valid_from, u.valid_to, r.status, r.submitted_at, r.submitted_late
            FROM units u LEFT JOIN reports r ON r.unit_id = u.id AND r.period_id = @periodId
            WHERE {filter}
            ORDER BY u.code
            """, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new UnitSubmission(
            r.Code, (UnitLevel)r.Level, Date(r.From), r.To is null ? null : Date(r.To), (ReportStatus?)r.Status,
            r.SubmittedAt is null ? null : ReportRow.Instant(r.SubmittedAt), r.Late == 1)).ToList();
    }

    private static async Task<(string Filter, DynamicParameters Parameters)> FilterAsync(SqliteConnection connection, UnitSelection units, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        if (units.Codes is { } codes)
        {
            parameters.Add("Codes", codes.ToArray());
            return ("u.code IN @Codes", parameters);
        }
        if (units.ChildrenOnly)
        {
            parameters.Add("Root", units.RootCode);
            return (units.RootCode is null ? "u.parent_id IS NULL" : "u.parent_id = (SELECT id FROM units WHERE code = @Root)", parameters);
        }
        var (from, to) = await SubtreeRange.OfAsync(connection, units.RootCode, cancellationToken);
        parameters.Add("From", from);
        parameters.Add("To", to);
        var filter = "u.path > @From AND u.path < @To";
        if (units.Levels.Count > 0)
        {
            parameters.Add("Levels", units.Levels.Select(l => (long)l).ToArray());
            filter += " AND u.level IN @Levels";
        }
        return (filter, parameters);
    }

    private static long[] Codes(IReadOnlyCollection<ReportStatus> statuses) => statuses.Select(s => (long)s).ToArray();

    private static decimal? Parse(string? number) => number is null ? null : decimal.Parse(number, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
