using CchcGrpc.Server.Domain.Units;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteUnitStore(Database database) : IUnitStore
{
    private const string From = "FROM units u LEFT JOIN units p ON p.id = u.parent_id";

    public async Task<StoredUnit?> GetAsync(string code, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UnitRow>(
            new CommandDefinition($"SELECT {UnitRow.Columns} {From} WHERE u.code = @code", new { code }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<(IReadOnlyList<StoredUnit> Units, int Total)> ListAsync(UnitQuery query, CancellationToken cancellationToken)
    {
        var where = new List<string>();
        if (query.Level is not null)
        {
            where.Add("u.level = @Level");
        }
        if (query.ParentCode is not null)
        {
            where.Add("p.code = @ParentCode");
        }
        if (!query.IncludeDissolved)
        {
            where.Add("(u.valid_to IS NULL OR u.valid_to >= @Today)");
        }
        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        var parameters = new
        {
            Level = (long?)query.Level,
            query.ParentCode,
            Today = UnitRow.FormatDate(query.Today),
            AfterCode = query.AfterCode ?? "",
            query.Limit,
        };
        await using var connection = await database.ConnectAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) {From} {filter}", parameters, cancellationToken: cancellationToken));
        var page = filter.Length == 0 ? "WHERE u.code > @AfterCode" : filter + " AND u.code > @AfterCode";
        var rows = await connection.QueryAsync<UnitRow>(new CommandDefinition(
            $"SELECT {UnitRow.Columns} {From} {page} ORDER BY u.code LIMIT @Limit", parameters, cancellationToken: cancellationToken));
        return (rows.Select(r => r.ToStored()).ToList(), (int)total);
    }

    public async Task<StoredUnit> CreateAsync(OrgUnit unit, DateTime deadline, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = Database.BeginWrite(connection, deadline);
        Insert(connection, transaction, unit);
        transaction.Commit();
        return (await GetAsync(unit.Code, cancellationToken))!;
    }

    public async Task ImportAsync(IReadOnlyList<OrgUnit> units, IReadOnlyList<LineageEvent> lineage, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        using var transaction = connection.BeginTransaction();
        foreach (var unit in units)
        {
            Insert(connection, transaction, unit);
        }
        foreach (var change in lineage)
        {
            var inserted = connection.Execute(
                """
                INSERT INTO unit_lineage (kind, from_unit_id, to_unit_id, effective_date, basis)
                SELECT @Kind, f.id, t.id, @Date, @Basis FROM units f, units t WHERE f.code = @FromCode AND t.code = @ToCode
                """,
                new { Kind = (long)change.Kind, change.FromCode, change.ToCode, Date = UnitRow.FormatDate(change.EffectiveDate), change.Basis },
                transaction);
            if (inserted != 1)
            {
                throw new StoreException(StoreFailure.UnknownReference, new($"Quan hệ sáp nhập {change.FromCode} → {change.ToCode} nêu một đơn vị không có.", $"Lineage {change.FromCode} → {change.ToCode} names an unknown unit."));
            }
        }
        transaction.Commit();
    }

    public async Task<IReadOnlyList<LineageEvent>> GetLineageAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Kind, string FromCode, string ToCode, string Date, string Basis)>(new CommandDefinition(
            """
            SELECT l.kind, f.code, t.code, l.effective_date, l.basis
            FROM unit_lineage l JOIN units f ON f.id = l.from_unit_id JOIN units t ON t.id = l.to_unit_id
            ORDER BY l.effective_date, l.id
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new LineageEvent((LineageKind)r.Kind, r.FromCode, r.ToCode, DateOnly.Parse(r.Date, System.Globalization.CultureInfo.InvariantCulture), r.Basis)).ToList();
    }

    public async Task<IReadOnlyList<StoredUnit>> GetDescendantsAsync(string? rootCode, IReadOnlyCollection<UnitLevel>? levels, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var (from, to) = await SubtreeRange.OfAsync(connection, rootCode, cancellationToken);
        var levelFilter = levels is { Count: > 0 } ? "AND u.level IN @Levels" : "";
        var rows = await connection.QueryAsync<UnitRow>(new CommandDefinition(
            $"SELECT {UnitRow.Columns} {From} WHERE u.path > @From AND u.path < @To {levelFilter} ORDER BY u.code",
            new { From = from, To = to, Levels = levels?.Select(l => (long)l).ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToStored()).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM units", cancellationToken: cancellationToken));
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, OrgUnit unit)
    {
        string parentPath = "/";
        long? parentId = null;
        if (unit.ParentCode is not null)
        {
            var parent = connection.QuerySingleOrDefault<(long Id, string Path)?>(
                "SELECT id, path FROM units WHERE code = @ParentCode", new { unit.ParentCode }, transaction)
                ?? throw new StoreException(StoreFailure.UnknownReference, new($"Đơn vị cấp trên '{unit.ParentCode}' của '{unit.Code}' không tồn tại.", $"Parent unit '{unit.ParentCode}' of '{unit.Code}' does not exist."));
            (parentId, parentPath) = parent;
        }
        try
        {
            connection.Execute(
                """
                INSERT INTO units (code, name, level, parent_id, path, valid_from, valid_to)
                VALUES (@Code, @Name, @Level, @ParentId, @Path, @ValidFrom, @ValidTo)
                """,
                new
                {
                    unit.Code,
                    unit.Name,
                    Level = (long)unit.Level,
                    ParentId = parentId,
                    Path = parentPath + unit.Code + "/",
                    ValidFrom = UnitRow.FormatDate(unit.ValidFrom),
                    ValidTo = unit.ValidTo is { } to ? UnitRow.FormatDate(to) : null,
                },
                transaction);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new StoreException(StoreFailure.AlreadyExists, new($"Đã có đơn vị mã '{unit.Code}'.", $"A unit with code '{unit.Code}' already exists."));
        }
    }
}
