using CchcGrpc.Server.Domain.Access;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

public sealed class SqliteUserStore(Database database) : IUserStore
{
    private const string UserColumns = """
        us.id AS Id, us.name AS Name, us.role AS Role, u.code AS UnitCode, u.path AS UnitPath,
        us.password_hash AS PasswordHash, us.disabled AS Disabled
        """;

    private const string UserFrom = "FROM users us LEFT JOIN units u ON u.id = us.unit_id";

    public async Task<UserRecord> AddUserAsync(string name, Role role, string? unitCode, string? passwordHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        long? unitId = null;
        if (unitCode is not null)
        {
            unitId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM units WHERE code = @unitCode", new { unitCode }, cancellationToken: cancellationToken))
                ?? throw new StoreException(StoreFailure.UnknownReference, new($"Đơn vị '{unitCode}' không tồn tại.", $"Unit '{unitCode}' does not exist."));
        }
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO users (name, role, unit_id, password_hash, created_at) VALUES (@name, @Role, @unitId, @passwordHash, @At)",
                new { name, Role = (long)role, unitId, passwordHash, At = ReportRow.Format(at) }, cancellationToken: cancellationToken));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            throw new StoreException(StoreFailure.AlreadyExists, new($"Người dùng '{name}' đã có.", $"User '{name}' already exists."));
        }
        return (await FindUserAsync(name, cancellationToken))!;
    }

    public async Task<UserRecord?> FindUserAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {UserColumns} {UserFrom} WHERE us.name = @name", new { name }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<int> CountUsersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken));
    }

    public async Task AddTokenAsync(long userId, string tokenHash, IReadOnlyList<string> scopes, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO tokens (user_id, token_hash, scopes, created_at, expires_at) VALUES (@userId, @tokenHash, @Scopes, @Created, @Expires)",
            new { userId, tokenHash, Scopes = string.Join(' ', scopes), Created = ReportRow.Format(createdAt), Expires = ReportRow.Format(expiresAt) },
            cancellationToken: cancellationToken));
    }

    public async Task<TokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"""
            SELECT {UserColumns}, t.id AS TokenId, t.scopes AS Scopes, t.expires_at AS ExpiresAt, t.revoked_at AS RevokedAt
            FROM tokens t JOIN users us ON us.id = t.user_id LEFT JOIN units u ON u.id = us.unit_id
            WHERE t.token_hash = @tokenHash
            """, new { tokenHash }, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }
        var scopes = (row.Scopes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TokenRecord(row.TokenId, row.ToRecord(), scopes, ReportRow.Instant(row.ExpiresAt!),
            row.RevokedAt is null ? null : ReportRow.Instant(row.RevokedAt));
    }

    public async Task<bool> RevokeTokenAsync(string tokenHash, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.ConnectAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE tokens SET revoked_at = COALESCE(revoked_at, @At) WHERE token_hash = @tokenHash",
            new { At = ReportRow.Format(at), tokenHash }, cancellationToken: cancellationToken)) == 1;
    }

    private sealed class UserRow
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";

        public long Role { get; set; }

        public string? UnitCode { get; set; }

        public string? UnitPath { get; set; }

        public string? PasswordHash { get; set; }

        public long Disabled { get; set; }

        public long TokenId { get; set; }

        public string? Scopes { get; set; }

        public string? ExpiresAt { get; set; }

        public string? RevokedAt { get; set; }

        public UserRecord ToRecord() => new(Id, Name, (Role)Role, UnitCode, UnitPath, PasswordHash, Disabled != 0);
    }
}
