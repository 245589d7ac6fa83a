using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Store.Sqlite;
using CchcGrpc.Tests.Store;

namespace CchcGrpc.Tests.Auth;

/// <summary>The administrative verbs of cchc-server on a real database file.</summary>
public sealed class ServerVerbTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => _temp.Database.Path;

    private async Task<(int Exit, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var verbs = new ServerVerbs(new StringReader(stdin), stdout, stderr, TimeProvider.System);
        Func<ServerSettings, CancellationToken, Task<int>> serve = (_, _) => throw new InvalidOperationException("A verb must not start the server.");
        var exit = await new ServerCommandLine(verbs, serve).RunAsync([.. args, "--db", Db], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task User_add_then_token_create_prints_the_token_alone_and_it_is_stored_hashed()
    {
        await new SqliteUnitStore(_temp.Database).ImportAsync([new("67", "Tỉnh Đắk Nông", Server.Domain.Units.UnitLevel.Province, null, new DateOnly(2004, 1, 1), null)], [], CancellationToken.None);
        var added = await RunAsync("mot-mat-khau-dai\n", "user", "add", "rv.tinh", "--role", "reviewer", "--unit", "67", "--password-stdin");
        Assert.Equal(0, added.Exit);
        var token = await RunAsync("", "token", "create", "--user", "rv.tinh", "--expires", "7d");
        Assert.Equal(0, token.Exit);
        var printed = token.Out.TrimEnd('\n');
        Assert.Matches("^cchc_[A-Za-z0-9_-]{43}$", printed);
        Assert.Contains("expires", token.Err, StringComparison.Ordinal);
        var stored = await new SqliteUserStore(_temp.Database).FindTokenAsync(Server.Auth.BearerToken.HashOf(printed), CancellationToken.None);
        Assert.Equal("rv.tinh", stored!.User.Name);
        Assert.InRange(stored.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task Token_create_help_names_every_scope_a_token_may_carry_and_the_default()
    {
        var help = await RunAsync("", "token", "create", "--help");
        Assert.Equal(0, help.Exit);
        foreach (var scope in new[] { "units.read", "units.write", "reports.read", "reports.write", "analytics.read", "plans.read", "plans.write", "indices.read", "indices.write" })
        {
            Assert.Contains(scope, System.Text.RegularExpressions.Regex.Replace(help.Out, @"\s+", " "), StringComparison.Ordinal);
        }
        Assert.Contains("(default: units.read, reports.read, reports.write, analytics.read, plans.read, indices.read)", System.Text.RegularExpressions.Regex.Replace(help.Out, @"\s+", " "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "user", "add", "x", "--role", "boss")]
    [InlineData(2, "user", "add", "op.x", "--role", "operator", "--password-stdin")] // an operator needs --unit
    [InlineData(2, "token", "create")]
    [InlineData(2, "token", "create", "--user", "admin", "--expires", "soon")]
    [InlineData(1, "token", "create", "--user", "nobody")]
    [InlineData(2, "frobnicate")]
    public async Task Bad_verbs_and_options_exit_non_zero_with_a_message(int exit, params string[] args)
    {
        var result = await RunAsync("mot-mat-khau-dai\n", args);
        Assert.Equal(exit, result.Exit);
        Assert.StartsWith("cchc-server: ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy_and_refuses_to_overwrite()
    {
        var copy = Path.Combine(_temp.Folder, "copy.db");
        Assert.Equal(0, (await RunAsync("", "backup", copy)).Exit);
        Assert.True(File.Exists(copy));
        Assert.Equal(1, (await RunAsync("", "backup", copy)).Exit);
    }
}
