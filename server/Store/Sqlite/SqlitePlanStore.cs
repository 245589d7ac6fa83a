using System.Globalization;
using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqlitePlanStore(Database database) : IPlanStore
{
    public async Task<PlanImportResult> ImportAsync(Plan plan, IReadOnlyList<ReadingNote> notes, IReadOnlyList<UnparsedLine> unparsed, string importedBy, DateTimeOffset at, DateTime deadline, CancellationToken cancellationToken)
    {
        var hash = PlanJson.Hash(plan);
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = Database.BeginWrite(connection, deadline);
        var unitId = connection.ExecuteScalar<long?>("SELECT id FROM units WHERE code = @UnitCode", new { plan.UnitCode }, transaction)
            ?? throw new StoreException(StoreFailure.UnknownReference, new($"Đơn vị '{plan.UnitCode}' không tồn tại.", $"Unit '{plan.UnitCode}' does not exist."));
        var latest = connection.QuerySingleOrDefault<(long Id, long Version, string Hash)?>(
            "SELECT id, version, content_hash FROM plans WHERE unit_id = @unitId AND year = @Year ORDER BY version DESC LIMIT 1",
            new { unitId, plan.Year }, transaction);
        if (latest is { } same && same.Hash == hash)
        {
            transaction.Commit();
            return new PlanImportResult((await GetAsync(plan.UnitCode, plan.Year, null, cancellationToken))!, ImportOutcome.Unchanged, 0);
        }
        var version = (latest?.Version ?? 0) + 1;
        var planId = connection.ExecuteScalar<long>(
            """
            INSERT INTO plans (unit_id, year, version, decision_number, decision_date, signer_title, signer, theme, content_hash, reading, imported_at, imported_by)
            VALUES (@unitId, @Year, @version, @Number, @Date, @SignerTitle, @Signer, @Theme, @hash, @reading, @at, @importedBy)
            RETURNING id
            """,
            new
            {
                unitId, plan.Year, version, plan.Decision.Number, Date = plan.Decision.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                plan.Decision.SignerTitle, plan.Decision.Signer, plan.Theme, hash, reading = PlanJson.Write(new Reading(notes, unparsed)),
                at = at.ToString("O", CultureInfo.InvariantCulture), importedBy,
            }, transaction);
        var ord = 0;
        var activityOrd = 0;
        var newIds = new List<(long Id, PlanActivity Activity)>();
        foreach (var field in plan.Fields)
        {
            if (field.Tasks.Count == 0)
            {
                InsertTask(connection, transaction, planId, ord++, field, null);
            }
            foreach (var task in field.Tasks)
            {
                InsertTask(connection, transaction, planId, ord++, field, task);
                foreach (var a in task.Activities)
                {
                    var id = connection.ExecuteScalar<long>(
                        """
                        INSERT INTO plan_activities (plan_id, key, ord, field, task_number, number, title, requirement, product, leads, cooperating,
                                                     start_month, start_text, end_month, end_text, note, source_line)
                        VALUES (@planId, @Key, @ord, @Field, @TaskNumber, @Number, @Title, @Requirement, @Product, @leads, @cooperating,
                                @StartMonth, @StartText, @EndMonth, @EndText, @Note, @SourceLine)
                        RETURNING id
                        """,
                        new
                        {
                            planId, a.Key, ord = activityOrd++, a.Field, a.TaskNumber, a.Number, a.Title, a.Requirement, a.Product,
                            leads = PlanJson.Write(a.Leads), cooperating = PlanJson.Write(a.Cooperating),
                            StartMonth = a.Start.Month, StartText = a.Start.Text, EndMonth = a.End.Month, EndText = a.End.Text, a.Note, a.SourceLine,
                        }, transaction);
                    newIds.Add((id, a));
                }
            }
        }
        var carried = 0;
        if (latest is { } previous)
        {
            carried = CarryProgress(connection, transaction, previous.Id, newIds);
        }
        transaction.Commit();
        return new PlanImportResult((await GetAsync(plan.UnitCode, plan.Year, null, cancellationToken))!, latest is null ? ImportOutcome.Created : ImportOutcome.Revised, carried);
    }

    public async Task<StoredPlan?> GetAsync(string unitCode, int year, int? version, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var head = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition(
            $"""
            SELECT {PlanRow.Columns} FROM plans p JOIN units u ON u.id = p.unit_id
            WHERE u.code = @unitCode AND p.year = @year AND (@version IS NULL OR p.version = @version)
            ORDER BY p.version DESC LIMIT 1
            """, new { unitCode, year, version }, cancellationToken: cancellationToken));
        if (head is null)
        {
            return null;
        }
        var tasks = (await connection.QueryAsync<TaskRow>(new CommandDefinition(
            "SELECT field AS Field, field_title AS FieldTitle, field_inferred AS FieldInferred, number AS Number, title AS Title, number_inferred AS NumberInferred FROM plan_tasks WHERE plan_id = @Id ORDER BY ord",
            new { head.Id }, cancellationToken: cancellationToken))).ToList();
        var activities = (await connection.QueryAsync<ActivityRow>(new CommandDefinition(
            $"SELECT {ActivityRow.Columns} FROM plan_activities WHERE plan_id = @Id ORDER BY ord", new { head.Id }, cancellationToken: cancellationToken)))
            .Select(r => r.ToDomain()).ToList();
        var fields = new List<PlanField>();
        foreach (var group in tasks.GroupBy(t => t.Field))
        {
            var first = group.First();
            fields.Add(new PlanField(first.Field, first.FieldTitle,
                [.. group.Where(t => t.Number is not null).Select(t => new PlanTask(t.Field, t.Number!, t.Title,
                    [.. activities.Where(a => a.Field == t.Field && a.TaskNumber == t.Number)], t.NumberInferred != 0))],
                first.FieldInferred != 0));
        }
        var plan = new Plan(head.UnitCode, (int)head.Year,
            new PlanDecision(head.DecisionNumber, head.DecisionDate is null ? null : DateOnly.ParseExact(head.DecisionDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), head.SignerTitle, head.Signer),
            head.Theme, fields);
        var reading = PlanJson.Read<Reading>(head.Reading);
        return new StoredPlan(head.Id, plan, (int)head.Version, (int)head.LatestVersion, head.UnitPath,
            DateTimeOffset.Parse(head.ImportedAt, CultureInfo.InvariantCulture), head.ImportedBy, reading.Notes, reading.Unparsed);
    }

    public async Task<(IReadOnlyList<PlanListEntry> Plans, int Total)> ListAsync(string pathPrefix, bool subtree, int? year, long afterId, int limit, CancellationToken cancellationToken)
    {
        const string Where = """
            FROM plans p JOIN units u ON u.id = p.unit_id
            WHERE (CASE WHEN @subtree THEN substr(u.path, 1, length(@pathPrefix)) = @pathPrefix ELSE u.path = @pathPrefix END)
              AND (@year IS NULL OR p.year = @year)
              AND p.version = (SELECT MAX(version) FROM plans q WHERE q.unit_id = p.unit_id AND q.year = p.year)
            """;
        var parameters = new { pathPrefix, subtree, year, afterId, limit };
        await using var connection = await database.ConnectAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) {Where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<(long Id, string Code, string Path, long Year, long Version, string Decision, long Activities, string At)>(new CommandDefinition(
            $"""
            SELECT p.id, u.code, u.path, p.year, p.version, p.decision_number, (SELECT COUNT(*) FROM plan_activities a WHERE a.plan_id = p.id), p.imported_at
            {Where} AND p.id > @afterId ORDER BY p.id LIMIT @limit
            """, parameters, cancellationToken: cancellationToken));
        return ([.. rows.Select(r => new PlanListEntry(r.Id, r.Code, r.Path, (int)r.Year, (int)r.Version, r.Decision, (int)r.Activities, DateTimeOffset.Parse(r.At, CultureInfo.InvariantCulture)))], (int)total);
    }

    public async Task<IReadOnlyList<ActivityProgress>> GetProgressAsync(long planId, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<ProgressRow>(new CommandDefinition(
            $"SELECT {ProgressRow.Columns} FROM activity_progress g JOIN plan_activities a ON a.id = g.activity_id WHERE a.plan_id = @planId ORDER BY a.ord, g.period_id",
            new { planId }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<ActivityProgress> RecordProgressAsync(long planId, ActivityProgress entry, DateTime deadline, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = Database.BeginWrite(connection, deadline);
        var written = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO activity_progress (activity_id, period_id, status, note, reason, evidence_number, evidence_date, recorded_by, recorded_at)
            SELECT a.id, @PeriodId, @Status, @Note, @Reason, @EvidenceNumber, @EvidenceDate, @RecordedBy, @RecordedAt
            FROM plan_activities a WHERE a.plan_id = @planId AND a.key = @ActivityKey
            ON CONFLICT (activity_id, period_id) DO UPDATE SET
                status = excluded.status, note = excluded.note, reason = excluded.reason, evidence_number = excluded.evidence_number,
                evidence_date = excluded.evidence_date, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
            """,
            new
            {
                planId, entry.ActivityKey, entry.PeriodId, Status = (long)entry.Status, entry.Note, entry.Reason, entry.EvidenceNumber,
                EvidenceDate = entry.EvidenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), entry.RecordedBy,
                RecordedAt = entry.RecordedAt.ToString("O", CultureInfo.InvariantCulture),
            }, transaction, cancellationToken: cancellationToken));
        if (written == 1)
        {
            transaction.Commit();
        }
        return written == 1 ? entry
            : throw new StoreException(StoreFailure.NotFound, new($"Kế hoạch không có hoạt động '{entry.ActivityKey}'.", $"The plan has no activity '{entry.ActivityKey}'."));
    }

    private static void InsertTask(SqliteConnection connection, SqliteTransaction transaction, long planId, int ord, PlanField field, PlanTask? task) =>
        connection.Execute(
            """
            INSERT INTO plan_tasks (plan_id, ord, field, field_title, field_inferred, number, title, number_inferred)
            VALUES (@planId, @ord, @Roman, @FieldTitle, @FieldInferred, @Number, @Title, @NumberInferred)
            """,
            new { planId, ord, field.Roman, FieldTitle = field.Title, FieldInferred = field.HeadingInferred, task?.Number, Title = task?.Title ?? "", NumberInferred = task?.NumberInferred ?? false },
            transaction);

    /// <summary>Copies the progress of each activity of the old version whose content the new version has unchanged (each old activity to one new one).</summary>
    private static int CarryProgress(SqliteConnection connection, SqliteTransaction transaction, long previousPlanId, List<(long Id, PlanActivity Activity)> fresh)
    {
        var old = connection.Query<ActivityRow>($"SELECT {ActivityRow.Columns} FROM plan_activities WHERE plan_id = @previousPlanId ORDER BY ord", new { previousPlanId }, transaction)
            .Select(r => (r.Id, Activity: r.ToDomain())).ToList();
        var waiting = old.GroupBy(o => o.Activity.ContentKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<long>(g.Select(o => o.Id)), StringComparer.Ordinal);
        var carried = 0;
        foreach (var (id, activity) in fresh)
        {
            if (waiting.TryGetValue(activity.ContentKey, out var queue) && queue.TryDequeue(out var oldId))
            {
                var copied = connection.Execute(
                    """
                    INSERT INTO activity_progress (activity_id, period_id, status, note, reason, evidence_number, evidence_date, recorded_by, recorded_at)
                    SELECT @id, period_id, status, note, reason, evidence_number, evidence_date, recorded_by, recorded_at FROM activity_progress WHERE activity_id = @oldId
                    """, new { id, oldId }, transaction);
                carried += copied > 0 ? 1 : 0;
            }
        }
        return carried;
    }

    private sealed record Reading(IReadOnlyList<ReadingNote> Notes, IReadOnlyList<UnparsedLine> Unparsed);

    private sealed class PlanRow
    {
        public const string Columns = """
            p.id AS Id, u.code AS UnitCode, u.path AS UnitPath, p.year AS Year, p.version AS Version,
            (SELECT MAX(version) FROM plans q WHERE q.unit_id = p.unit_id AND q.year = p.year) AS LatestVersion,
            p.decision_number AS DecisionNumber, p.decision_date AS DecisionDate, p.signer_title AS SignerTitle, p.signer AS Signer,
            p.theme AS Theme, p.reading AS Reading, p.imported_at AS ImportedAt, p.imported_by AS ImportedBy
            """;

        public long Id { get; set; }

        public string UnitCode { get; set; } = "";

        public string UnitPath { get; set; } = "";

        public long Year { get; set; }

        public long Version { get; set; }

        public long LatestVersion { get; set; }

        public string DecisionNumber { get; set; } = "";

        public string? DecisionDate { get; set; }

        public string SignerTitle { get; set; } = "";

        public string Signer { get; set; } = "";

        public string Theme { get; set; } = "";

        public string Reading { get; set; } = "";

        public string ImportedAt { get; set; } = "";

        public string ImportedBy { get; set; } = "";
    }

    private sealed class TaskRow
    {
        public string Field { get; set; } = "";

        public string FieldTitle { get; set; } = "";

        public long FieldInferred { get; set; }

        public string? Number { get; set; }

        public string Title { get; set; } = "";

        public long NumberInferred { get; set; }
    }

    private sealed class ActivityRow
    {
        public const string Columns = """
            id AS Id, key AS Key, field AS Field, task_number AS TaskNumber, number AS Number, title AS Title, requirement AS Requirement,
            product AS Product, leads AS Leads, cooperating AS Cooperating, start_month AS StartMonth, start_text AS StartText,
            end_month AS EndMonth, end_text AS EndText, note AS Note, source_line AS SourceLine
            """;

        public long Id { get; set; }

        public string Key { get; set; } = "";

        public string Field { get; set; } = "";

        public string TaskNumber { get; set; } = "";

        public string Number { get; set; } = "";

        public string Title { get; set; } = "";

        public string Requirement { get; set; } = "";

        public string Product { get; set; } = "";

        public string Leads { get; set; } = "[]";

        public string Cooperating { get; set; } = "[]";

        public long? StartMonth { get; set; }

        public string StartText { get; set; } = "";

        public long? EndMonth { get; set; }

        public string EndText { get; set; } = "";

        public string Note { get; set; } = "";

        public long SourceLine { get; set; }

        public PlanActivity ToDomain() => new(Key, Field, TaskNumber, Number, Title, Requirement, Product,
            PlanJson.Read<List<ResponsibleParty>>(Leads), PlanJson.Read<List<ResponsibleParty>>(Cooperating),
            new PlanTiming((int?)StartMonth, StartText), new PlanTiming((int?)EndMonth, EndText), Note, (int)SourceLine);
    }

    private sealed class ProgressRow
    {
        public const string Columns = """
            a.key AS ActivityKey, g.period_id AS PeriodId, g.status AS Status, g.note AS Note, g.reason AS Reason,
            g.evidence_number AS EvidenceNumber, g.evidence_date AS EvidenceDate, g.recorded_by AS RecordedBy, g.recorded_at AS RecordedAt
            """;

        public string ActivityKey { get; set; } = "";

        public string PeriodId { get; set; } = "";

        public long Status { get; set; }

        public string Note { get; set; } = "";

        public string Reason { get; set; } = "";

        public string EvidenceNumber { get; set; } = "";

        public string? EvidenceDate { get; set; }

        public string RecordedBy { get; set; } = "";

        public string RecordedAt { get; set; } = "";

        public ActivityProgress ToDomain() => new(ActivityKey, PeriodId, (ActivityStatus)Status, Note, Reason, EvidenceNumber,
            EvidenceDate is null ? null : DateOnly.ParseExact(EvidenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture), RecordedBy,
            DateTimeOffset.Parse(RecordedAt, CultureInfo.InvariantCulture));
    }
}
