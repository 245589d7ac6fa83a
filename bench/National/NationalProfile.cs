using System.Diagnostics;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Services;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;

namespace CchcGrpc.Bench.National;

/// <summary>
/// Where the time goes: the store calls behind each measured RPC, timed in-process on the
/// server's own <see cref="Database"/> (median of several runs after warm-up), one caller at a time.
/// </summary>
internal static class NationalProfile
{
    public static async Task<List<(string Step, double Millis)>> RunAsync(Database database, NationalDataset dataset, string token, string indicatorId, int runs)
    {
        var analytics = new SqliteAnalyticsStore(database);
        var units = new SqliteUnitStore(database);
        var reports = new SqliteReportStore(database);
        var users = new SqliteUserStore(database);
        var none = CancellationToken.None;
        var period = dataset.PeriodIds[^1];
        var counted = ReportWorkflow.CountedByDefault;
        var country = new UnitSelection(null, []);
        var communes = new UnitSelection(null, [UnitLevel.Commune]);
        var choices = dataset.IndicatorsByLevel.Values.SelectMany(l => l).Where(i => i.Aggregation == Server.Domain.Catalog.AggregationRule.Distribution).Select(i => i.Id).Distinct().ToList();
        var random = new Random(7);
        string RandomUnit() => dataset.Units[random.Next(dataset.Units.Count)].Code;
        var hash = BearerToken.HashOf(token);
        var steps = new List<(string, Func<Task>)>
        {
            ("RollUp: analytics.SumAsync (country, all indicators)", () => analytics.SumAsync(country, period, counted, null, none)),
            ("RollUp: analytics.CountChoicesAsync", () => analytics.CountChoicesAsync(country, period, counted, choices, none)),
            ("RollUp: analytics.GetSubmissionsAsync (completeness)", () => analytics.GetSubmissionsAsync(country, period, none)),
            ("Compare: analytics.GetUnitNumbersAsync (communes)", () => analytics.GetUnitNumbersAsync(communes, period, counted, [indicatorId], none)),
            ("per call: users.FindTokenAsync (authentication)", () => users.FindTokenAsync(hash, none)),
            ("GetReport: units.GetAsync", () => units.GetAsync(RandomUnit(), none)),
            ("GetReport: reports.GetAsync with values", () => reports.GetAsync(new ReportKey(RandomUnit(), period), true, none)),
            ("GetReport: reports.GetAsync + ReportMapping.ToProto", async () => ReportMapping.ToProto((await reports.GetAsync(new ReportKey(RandomUnit(), period), true, none))!)),
            ("Database.ConnectAsync (open pooled + PRAGMAs)", async () => await (await database.ConnectAsync(none)).DisposeAsync()),
        };
        var result = new List<(string, double)>();
        foreach (var (name, step) in steps)
        {
            // Warm up, then repeat up to runs × 20 times or for about two seconds (at least three runs).
            var repeat = runs * 20;
            var first = Stopwatch.StartNew();
            await step();
            if (first.Elapsed < TimeSpan.FromSeconds(1))
            {
                await step();
            }
            var millis = new List<double>(repeat);
            var budget = Stopwatch.StartNew();
            for (var i = 0; i < repeat && (i < 3 || budget.Elapsed < TimeSpan.FromSeconds(2)); i++)
            {
                var start = Stopwatch.GetTimestamp();
                await step();
                millis.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            result.Add((name, Stats.Median(millis)));
        }
        return result;
    }
}
