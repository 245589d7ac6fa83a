using CchcGrpc.Server.Hosting;

// cchc-server: serve (no verb) or run an administrative verb on the same database.
if (args.Length > 0 && args[0] is "user" or "token" or "backup")
{
    var rest = args.Skip(1).ToList();
    if (rest.Contains("-h") || rest.Contains("--help"))
    {
        Console.WriteLine(ServerVerbs.Usage);
        return 0;
    }
    var db = Environment.GetEnvironmentVariable("CCHC_DB") is { Length: > 0 } env ? env : Path.Combine("data", "cchc.db");
    var at = rest.IndexOf("--db");
    if (at >= 0)
    {
        if (at + 1 >= rest.Count)
        {
            Console.Error.WriteLine("cchc-server: --db needs a path.");
            return 2;
        }
        db = rest[at + 1];
        rest.RemoveRange(at, 2);
    }
    return await ServerVerbs.RunAsync(args[0], rest, db, Console.In, Console.Out, Console.Error, TimeProvider.System);
}

if (args.Contains("-h") || args.Contains("--help"))
{
    Console.WriteLine(ServerSettings.Usage);
    return 0;
}

ServerSettings settings;
try
{
    settings = ServerSettings.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"cchc-server: {ex.Message}\nTry 'cchc-server --help'.");
    return 2;
}

await using var app = await ServerApp.StartAsync(settings, TimeProvider.System);
Console.WriteLine($"cchc-server: database {app.Database.Path}");
if (settings.SeedDemoData)
{
    var reports = await app.FirstStart.SeedDemoDataAsync(CancellationToken.None);
    if (reports > 0)
    {
        Console.WriteLine($"First start: loaded Tỉnh Đắk Nông (departments, districts, communes, the 2025 merger) and {reports} demo reports.");
    }
}
var accounts = await app.FirstStart.CreateStarterAccountsAsync(CancellationToken.None);
Console.WriteLine($"cchc-server listening on {app.Address} ({(settings.CertificatePath is null ? "h2c, plaintext HTTP/2" : "TLS")}).");
if (accounts.Count > 0)
{
    Console.WriteLine("First start: these accounts were created; their passwords are shown only now:");
    foreach (var (name, role, unit, password) in accounts)
    {
        Console.WriteLine($"  {name,-12} {role,-9} {unit,-8} password: {password}");
    }
}
Console.WriteLine($"Sign in:  cchc login --server {app.Address} --user admin");
Console.WriteLine("More users: cchc-server user add NAME --role operator|reviewer|admin|service [--unit CODE] --password-stdin");
Console.WriteLine("Health and reflection are on: grpcurl -plaintext " + app.Address.Authority + " list");
Console.WriteLine("Press Ctrl+C to stop.");
await app.Host.WaitForShutdownAsync();
return 0;
