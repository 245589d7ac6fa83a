using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Migrations;

/// <summary>Brings a database to the current schema at start-up; refuses one written by a newer version.</summary>
public static class Migrator
{
    public static int Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations, TimeProvider time)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_migrations") ?? 0;
        var latest = migrations.Count == 0 ? 0 : migrations.Max(m => m.Version);
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this server knows ({latest}). Use a newer cchc-server.");
        }
        var applied = 0;
        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(migration.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = time.GetUtcNow().ToString("O") },
                transaction);
            transaction.Commit();
            applied++;
        }
        return applied;
    }
}
