using System.Globalization;
using CchcGrpc.Server.Domain.Indices;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteIndexStore(Database database) : IIndexStore
{
    public async Task<IReadOnlyList<ImportOutcome>> SaveResultsAsync(IReadOnlyList<IndexResult> results, string importedBy, DateTimeOffset at, DateTime deadline, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = Database.BeginWrite(connection, deadline);
        var outcomes = new List<ImportOutcome>();
        foreach (var result in results)
        {
            var unitId = connection.ExecuteScalar<long?>("SELECT id FROM units WHERE code = @UnitCode", new { result.UnitCode }, transaction)
                ?? throw new StoreException(StoreFailure.UnknownReference, new($"Đơn vị '{result.UnitCode}' không tồn tại; không có kết quả nào được ghi.", $"Unit '{result.UnitCode}' does not exist; no result was written."));
            var existing = Load(connection, transaction, "r.kind = @Kind AND r.unit_id = @unitId AND r.year = @Year", new { Kind = (long)result.Kind, unitId, result.Year }, withComponents: true).SingleOrDefault();
            if (existing is not null && existing.Result.SameContent(result))
            {
                outcomes.Add(ImportOutcome.Unchanged);
                continue;
            }
            if (existing is not null)
            {
                connection.Execute("DELETE FROM index_results WHERE id = @Id", new { existing.Id }, transaction);
            }
            var id = connection.ExecuteScalar<long>(
                """
                INSERT INTO index_results (kind, unit_id, year, total, total_num, rank, peer_count, source, demo, imported_at, imported_by)
                VALUES (@Kind, @unitId, @Year, @Total, @TotalNum, @Rank, @PeerCount, @Source, @Demo, @at, @importedBy) RETURNING id
                """,
                new
                {
                    Kind = (long)result.Kind, unitId, result.Year, Total = Text(result.Total), TotalNum = (double?)result.Total, result.Rank, result.PeerCount,
                    result.Source, result.Demo, at = at.ToString("O", CultureInfo.InvariantCulture), importedBy,
                }, transaction);
            var ord = 0;
            foreach (var c in result.Components)
            {
                connection.Execute(
                    """
                    INSERT INTO index_components (result_id, ord, code, parent_code, name, max_points, self_assessed, appraised, score)
                    VALUES (@id, @ord, @Code, @ParentCode, @Name, @Max, @Self, @Appraised, @Score)
                    """,
                    new { id, ord = ord++, c.Code, c.ParentCode, c.Name, Max = Text(c.MaxPoints), Self = Text(c.SelfAssessed), Appraised = Text(c.Appraised), Score = Text(c.Score) },
                    transaction);
            }
            outcomes.Add(existing is null ? ImportOutcome.Created : ImportOutcome.Revised);
        }
        transaction.Commit();
        return outcomes;
    }

    public async Task<StoredIndexResult?> GetResultAsync(IndexKind kind, string unitCode, int year, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return Load(connection, null, "r.kind = @kind AND u.code = @unitCode AND r.year = @year", new { kind = (long)kind, unitCode, year }, withComponents: true).SingleOrDefault();
    }

    public async Task<(IReadOnlyList<StoredIndexResult> Results, int Total)> ListResultsAsync(IndexQuery query, bool withComponents, CancellationToken cancellationToken)
    {
        const string Filter = """
            (@Kind IS NULL OR r.kind = @Kind)
            AND (CASE WHEN @Subtree THEN substr(u.path, 1, length(@PathPrefix)) = @PathPrefix ELSE u.path = @PathPrefix END)
            AND r.year BETWEEN @FromYear AND @ToYear
            """;
        var parameters = new { Kind = (long?)query.Kind, query.PathPrefix, query.Subtree, query.FromYear, query.ToYear, query.AfterId, query.Limit };
        await using var connection = await database.ConnectAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM index_results r JOIN units u ON u.id = r.unit_id WHERE {Filter}", parameters, cancellationToken: cancellationToken));
        var page = Load(connection, null, $"{Filter} AND r.id > @AfterId ORDER BY r.id LIMIT @Limit", parameters, withComponents);
        return (page, (int)total);
    }

    public async Task<ImportOutcome> SaveCriterionPlanAsync(CriterionPlan plan, string importedBy, DateTimeOffset at, DateTime deadline, CancellationToken cancellationToken)
    {
        var content = PlanJson.Write(plan.Criteria);
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = Database.BeginWrite(connection, deadline);
        var unitId = connection.ExecuteScalar<long?>("SELECT id FROM units WHERE code = @UnitCode", new { plan.UnitCode }, transaction)
            ?? throw new StoreException(StoreFailure.UnknownReference, new($"Đơn vị '{plan.UnitCode}' không tồn tại.", $"Unit '{plan.UnitCode}' does not exist."));
        var held = connection.QuerySingleOrDefault<(string Title, string Content)?>(
            "SELECT title, content FROM criterion_plans WHERE kind = @Kind AND unit_id = @unitId AND year = @Year", new { Kind = (long)plan.Kind, unitId, plan.Year }, transaction);
        if (held is { } same && same.Title == plan.Title && same.Content == content)
        {
            transaction.Commit();
            return ImportOutcome.Unchanged;
        }
        connection.Execute(
            """
            INSERT INTO criterion_plans (kind, unit_id, year, title, content, imported_at, imported_by) VALUES (@Kind, @unitId, @Year, @Title, @content, @at, @importedBy)
            ON CONFLICT (kind, unit_id, year) DO UPDATE SET title = excluded.title, content = excluded.content, imported_at = excluded.imported_at, imported_by = excluded.imported_by
            """,
            new { Kind = (long)plan.Kind, unitId, plan.Year, plan.Title, content, at = at.ToString("O", CultureInfo.InvariantCulture), importedBy }, transaction);
        transaction.Commit();
        return held is null ? ImportOutcome.Created : ImportOutcome.Revised;
    }

    public async Task<(CriterionPlan Plan, string UnitPath)?> GetCriterionPlanAsync(IndexKind kind, string unitCode, int year, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Title, string Content, string Path)?>(new CommandDefinition(
            "SELECT c.title, c.content, u.path FROM criterion_plans c JOIN units u ON u.id = c.unit_id WHERE c.kind = @kind AND u.code = @unitCode AND c.year = @year",
            new { kind = (long)kind, unitCode, year }, cancellationToken: cancellationToken));
        return row is { } r ? (new CriterionPlan(kind, unitCode, year, r.Title, PlanJson.Read<List<CriterionEntry>>(r.Content)), r.Path) : null;
    }

    private static List<StoredIndexResult> Load(SqliteConnection connection, SqliteTransaction? transaction, string where, object parameters, bool withComponents)
    {
        var heads = connection.Query<ResultRow>(
            $"""
            SELECT r.id AS Id, r.kind AS Kind, u.code AS UnitCode, u.path AS UnitPath, r.year AS Year, r.total AS Total, r.rank AS Rank,
                   r.peer_count AS PeerCount, r.source AS Source, r.demo AS Demo, r.imported_at AS ImportedAt, r.imported_by AS ImportedBy
            FROM index_results r JOIN units u ON u.id = r.unit_id WHERE {where}
            """, parameters, transaction).ToList();
        var components = new Dictionary<long, List<IndexComponent>>();
        if (withComponents && heads.Count > 0)
        {
            foreach (var c in connection.Query<ComponentRow>(
                "SELECT result_id AS ResultId, code AS Code, parent_code AS ParentCode, name AS Name, max_points AS MaxPoints, self_assessed AS SelfAssessed, appraised AS Appraised, score AS Score FROM index_components WHERE result_id IN @ids ORDER BY result_id, ord",
                new { ids = heads.Select(h => h.Id).ToArray() }, transaction))
            {
                if (!components.TryGetValue(c.ResultId, out var list))
                {
                    components[c.ResultId] = list = [];
                }
                list.Add(new IndexComponent(c.Code, c.ParentCode, c.Name, Number(c.MaxPoints), Number(c.SelfAssessed), Number(c.Appraised), Number(c.Score)));
            }
        }
        return [.. heads.Select(h => new StoredIndexResult(h.Id,
            new IndexResult((IndexKind)h.Kind, h.UnitCode, (int)h.Year, Number(h.Total), (int?)h.Rank, (int?)h.PeerCount, components.GetValueOrDefault(h.Id) ?? [], h.Source, h.Demo != 0),
            h.UnitPath, DateTimeOffset.Parse(h.ImportedAt, CultureInfo.InvariantCulture), h.ImportedBy))];
    }

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static decimal? Number(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private sealed class ResultRow
    {
        public long Id { get; set; }

        public long Kind { get; set; }

        public string UnitCode { get; set; } = "";

        public string UnitPath { get; set; } = "";

        public long Year { get; set; }

        public string? Total { get; set; }

        public long? Rank { get; set; }

        public long? PeerCount { get; set; }

        public string Source { get; set; } = "";

        public long Demo { get; set; }

        public string ImportedAt { get; set; } = "";

        public string ImportedBy { get; set; } = "";
    }

    private sealed class ComponentRow
    {
        public long ResultId { get; set; }

        public string Code { get; set; } = "";

        public string? ParentCode { get; set; }

        public string Name { get; set; } = "";

        public string? MaxPoints { get; set; }

        public string? SelfAssessed { get; set; }

        public string? Appraised { get; set; }

        public string? Score { get; set; }
    }
}
