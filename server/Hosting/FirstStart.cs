using System.Security.Cryptography;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.SampleData;
using CchcGrpc.Server.Store;

namespace CchcGrpc.Server.Hosting;

/// <summary>
/// What a fresh database gets: the sample province (Đắk Nông, its departments, districts and
/// communes, and the 2025 merger), demo reports for 2023, 2024-H1 and 2024, and accounts whose
/// random passwords are printed once. Nothing here has a fixed password.
/// </summary>
public sealed class FirstStart(IUnitStore units, IReportStore reports, IUserStore users, IPlanStore plans, IIndexStore indices, Accounts accounts, CatalogSet catalogs, ReportingCalendar calendar)
{
    private const string Actor = "demo-data";

    /// <summary>Loads the sample organisation and demo reports when the database has no units.</summary>
    public async Task<int> SeedDemoDataAsync(CancellationToken cancellationToken)
    {
        if (await units.CountAsync(cancellationToken) > 0)
        {
            return 0;
        }
        var organisation = SampleOrganisation.Load();
        await units.ImportAsync(organisation.Units, organisation.Lineage, cancellationToken);
        var demo = new DemoDataGenerator().Generate(organisation.Units, DemoIndicator.Sample, calendar);
        var catalog = catalogs.Current;
        foreach (var report in demo.Reports)
        {
            var key = new ReportKey(report.UnitCode, report.Period.Id);
            var values = report.Values.Select(v => new ReportValue(v.IndicatorId, (ValueState)(int)v.State, v.Number, null, v.RawText, null)).ToList();
            var merged = ReportContent.Merge(catalog, report.Level, [], values);
            var created = report.FirstSubmittedAt ?? calendar.SubmissionClosesAt(report.Period).AddDays(-10);
            var saved = await reports.SaveAsync(new ReportChange(key, catalog.Version, 0, merged, [], Actor, "demo-data", created.AddDays(-3)), DateTime.MaxValue, cancellationToken);
            if (report.FirstSubmittedAt is { } submittedAt)
            {
                var late = !calendar.IsOnTime(report.Period, submittedAt);
                var submitted = await reports.ChangeStatusAsync(
                    new StatusChangeCommand(key, saved.Report.Revision, ReportStatus.Draft, ReportStatus.Submitted, null, late, Actor, "demo-data", submittedAt), DateTime.MaxValue, cancellationToken);
                if (report.Period.Year == 2023)
                {
                    await reports.ChangeStatusAsync(
                        new StatusChangeCommand(key, submitted.Revision, ReportStatus.Submitted, ReportStatus.Approved, null, false, Actor, "demo-data", submittedAt.AddDays(5)), DateTime.MaxValue, cancellationToken);
                }
            }
        }
        await SeedPlanAndIndicesAsync(organisation, cancellationToken);
        return demo.Reports.Count;
    }

    /// <summary>Seed 003's plan for the province with demo progress, and the demo index results (all marked demo).</summary>
    private async Task SeedPlanAndIndicesAsync(SampleOrganisation organisation, CancellationToken cancellationToken)
    {
        var reading = DemoPlan.Read();
        var resolver = new Domain.Plans.PartyResolver(organisation.Units.Where(u => u.Code == DemoPlan.UnitCode || u.ParentCode == DemoPlan.UnitCode));
        var plan = reading.ToPlan(DemoPlan.UnitCode, DemoPlan.Year, resolver);
        var at = calendar.SubmissionClosesAt(PeriodId.ForYear(DemoPlan.Year - 1)).AddDays(5);
        var stored = await plans.ImportAsync(plan, reading.Notes, reading.Unparsed, Actor, at, DateTime.MaxValue, cancellationToken);
        foreach (var entry in DemoPlan.Progress(plan, calendar))
        {
            await plans.RecordProgressAsync(stored.Plan.Id, entry, DateTime.MaxValue, cancellationToken);
        }
        await indices.SaveResultsAsync(DemoIndices.Load(), Actor, at, DateTime.MaxValue, cancellationToken);
    }

    /// <summary>When there are no users, creates an admin, a reviewer for Đắk Nông and an operator for Gia Nghĩa with random passwords.</summary>
    public async Task<IReadOnlyList<(string Name, string Role, string? Unit, string Password)>> CreateStarterAccountsAsync(CancellationToken cancellationToken)
    {
        if (await users.CountUsersAsync(cancellationToken) > 0)
        {
            return [];
        }
        (string Name, Role Role, string? Unit)[] starters =
        [
            ("admin", Role.Admin, null),
            ("rv.daknong", Role.Reviewer, SampleOrganisation.DakNong),
            ("op.gianghia", Role.Operator, "67.660"),
        ];
        var created = new List<(string, string, string?, string)>();
        foreach (var (name, role, unit) in starters)
        {
            if (unit is not null && await units.GetAsync(unit, cancellationToken) is null)
            {
                continue;
            }
            var password = RandomPassword();
            await accounts.AddUserAsync(name, role, unit, password, cancellationToken);
            created.Add((name, role.ToString().ToLowerInvariant(), unit, password));
        }
        return created;
    }

    private static string RandomPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
}
