using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;

namespace CchcGrpc.Tests.Reliability;

/// <summary>
/// Accounts and tokens written straight into the database of a running server process (as
/// `cchc-server user add` and `token create` would, without a process each): one operator per
/// unit, a reviewer of Đắk Nông, an admin and an import service token.
/// </summary>
public static class SoakAccounts
{
    public static async Task<Dictionary<string, string>> CreateAsync(string databasePath, IEnumerable<string> operatorUnits)
    {
        var store = new SqliteUserStore(Database.Open(databasePath, TimeProvider.System));
        var accounts = new Accounts(store, new PasswordHasher(1000), TimeProvider.System);
        var tokens = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task Add(string name, Role role, string? unit, IReadOnlyList<string>? scopes = null)
        {
            var user = await store.FindUserAsync(name, CancellationToken.None)
                ?? await accounts.AddUserAsync(name, role, unit, role == Role.Service ? null : "mat-khau-soak-" + name, CancellationToken.None);
            tokens[name] = (await accounts.IssueTokenAsync(user, TimeSpan.FromDays(1), scopes, CancellationToken.None)).Token;
        }
        foreach (var unit in operatorUnits)
        {
            await Add("op." + unit, Role.Operator, unit);
        }
        await Add("rv.daknong", Role.Reviewer, "67");
        await Add("admin.soak", Role.Admin, null);
        await Add("svc.import", Role.Service, null, [Scopes.ReportsWrite, Scopes.ReportsRead]);
        return tokens;
    }
}
