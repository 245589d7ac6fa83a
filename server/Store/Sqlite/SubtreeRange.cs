using Dapper;
using Microsoft.Data.Sqlite;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// A subtree as a range of materialised paths: everything strictly below "/67/" sorts between
/// "/67/" and "/670" ('0' follows '/'), so the units_path index answers it without LIKE.
/// </summary>
internal static class SubtreeRange
{
    public static async Task<(string From, string To)> OfAsync(SqliteConnection connection, string? rootCode, CancellationToken cancellationToken)
    {
        if (rootCode is null)
        {
            return ("/", "0");
        }
        var path = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT path FROM units WHERE code = @rootCode", new { rootCode }, cancellationToken: cancellationToken))
            ?? throw new StoreException(StoreFailure.NotFound, new($"Đơn vị '{rootCode}' không tồn tại.", $"Unit '{rootCode}' does not exist."));
        return (path, path[..^1] + "0");
    }
}
