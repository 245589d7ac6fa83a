using System.Diagnostics;
using System.Globalization;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Bench.National;

/// <summary>
/// Builds the national dataset in a fresh SQLite file as fast as possible: schema and catalog
/// through the store, units through <see cref="IUnitStore.ImportAsync"/>, then every report and
/// value written directly in one transaction with prepared statements (setup, not measured).
/// </summary>
internal static class NationalLoader
{
    public static async Task<NationalDataset> BuildAsync(string path, NationalOptions options, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
        var clock = Stopwatch.StartNew();
        var catalog = CatalogLoader.Current;
        var database = Database.Open(path, TimeProvider.System);
        await new SqliteCatalogStore(database).RegisterAsync(catalog.Version, catalog.ETag, new DateOnly(2022, 1, 1), CatalogText(catalog.Version), cancellationToken);
        var units = NationalUnits.Generate(options);
        await new SqliteUnitStore(database).ImportAsync(units, [], cancellationToken);
        SqliteConnection.ClearAllPools();

        var periods = NationalDataset.AllPeriods.Take(options.Periods).ToList();
        var levels = units.Select(u => u.Level).Distinct().ToList();
        var byLevel = levels.ToDictionary(l => l, l => NationalDataset.ReportableFor(catalog, l, options.Indicators));
        var (reports, values) = WriteReports(path, catalog, units, periods, byLevel, options.Analyze);
        SqliteConnection.ClearAllPools();
        clock.Stop();
        return new NationalDataset(Path.GetFullPath(path), units, periods, byLevel, reports, values, clock.Elapsed, FileSize(path));
    }

    /// <summary>The dataset an earlier run built in <paramref name="path"/> with the same options (--reuse): described again, not rewritten.</summary>
    public static NationalDataset Describe(string path, NationalOptions options)
    {
        var catalog = CatalogLoader.Current;
        var units = NationalUnits.Generate(options);
        var periods = NationalDataset.AllPeriods.Take(options.Periods).ToList();
        var byLevel = units.Select(u => u.Level).Distinct().ToDictionary(l => l, l => NationalDataset.ReportableFor(catalog, l, options.Indicators));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        long Count(string table)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {table}";
            return (long)command.ExecuteScalar()!;
        }
        var (reports, values, unitCount) = (Count("reports"), Count("report_values"), Count("units"));
        if (unitCount != units.Count || reports != (long)units.Count * periods.Count)
        {
            throw new BenchFailure($"{path} holds {unitCount} units and {reports} reports, not the {units.Count} × {periods.Count} these options build; run without --reuse.");
        }
        return new NationalDataset(Path.GetFullPath(path), units, periods, byLevel, reports, values, TimeSpan.Zero, FileSize(path));
    }

    private static (long Reports, long Values) WriteReports(string path, IndicatorCatalog catalog, List<OrgUnit> units, List<string> periods, Dictionary<UnitLevel, IReadOnlyList<Indicator>> byLevel, bool analyze)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Exec(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY;");
        var unitIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT code, id FROM units";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                unitIds[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        using var transaction = connection.BeginTransaction();
        // The secondary index is built once at the end (one sort) instead of maintained row by row.
        Exec(connection, "DROP INDEX report_values_indicator", transaction);
        var indicatorIds = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var addKey = new PreparedStatement(connection, transaction, "INSERT INTO indicators (key) VALUES ($key) ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id", "$key"))
        {
            foreach (var indicator in byLevel.Values.SelectMany(l => l).DistinctBy(i => i.Id).OrderBy(i => i.Id, StringComparer.Ordinal))
            {
                indicatorIds[indicator.Id] = (long)addKey.Scalar(indicator.Id)!;
            }
        }
        using var report = new PreparedStatement(connection, transaction, """
            INSERT INTO reports (id, unit_id, period_id, catalog_version, status, revision, created_at, updated_at, submitted_at, submitted_late)
            VALUES ($id, $unit, $period, $version, $status, $revision, $created, $updated, $submitted, 0)
            """, "$id", "$unit", "$period", "$version", "$status", "$revision", "$created", "$updated", "$submitted");
        using var value = new PreparedStatement(connection, transaction, """
            INSERT INTO report_values (report_id, indicator_id, state, number, num, text, raw_text, note, derived)
            VALUES ($report, $indicator, $state, $number, $num, NULL, $raw, NULL, 0)
            """, "$report", "$indicator", "$state", "$number", "$num", "$raw");
        var random = new Random(20241231);
        var calendar = ReportingCalendar.Default;
        long reportId = 0, values = 0;
        foreach (var periodText in periods)
        {
            var period = PeriodId.Parse(periodText);
            var submitted = Format(calendar.SubmissionClosesAt(period).AddDays(-3));
            var created = Format(calendar.SubmissionClosesAt(period).AddDays(-20));
            foreach (var unit in units)
            {
                reportId++;
                var approved = random.Next(3) == 0;
                report.Run(reportId, unitIds[unit.Code], periodText, catalog.Version, approved ? (long)ReportStatus.Approved : (long)ReportStatus.Submitted,
                    approved ? 3L : 2L, created, submitted, submitted);
                // Values in primary-key order (report, indicator) so the table's b-tree only appends.
                foreach (var indicator in byLevel[unit.Level].OrderBy(i => indicatorIds[i.Id]))
                {
                    var (state, number, raw) = NationalValues.Next(random, indicator, unit.Level);
                    value.Run(reportId, indicatorIds[indicator.Id], (long)state, number, number is null ? null : double.Parse(number, CultureInfo.InvariantCulture), raw);
                    values++;
                }
            }
        }
        Exec(connection, "CREATE INDEX report_values_indicator ON report_values(indicator_id, report_id)", transaction);
        transaction.Commit();
        // No ANALYZE by default: the server never runs it, so its planner works here as in production.
        Exec(connection, analyze ? "PRAGMA journal_mode = WAL; ANALYZE;" : "PRAGMA journal_mode = WAL;");
        return (reportId, values);
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static long FileSize(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static string CatalogText(string version)
    {
        using var stream = typeof(CatalogLoader).Assembly.GetManifestResourceStream($"CchcGrpc.Catalog.catalog-{version}.json")
            ?? throw new InvalidOperationException($"No embedded catalog {version}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
