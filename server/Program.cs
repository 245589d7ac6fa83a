using CchcGrpc.Server.Hosting;

// cchc-server: serve (no verb) or run an administrative verb on the same database.
var verbs = new ServerVerbs(Console.In, Console.Out, Console.Error, TimeProvider.System);
var commandLine = new ServerCommandLine(verbs, ServeAsync);
return await commandLine.RunAsync(args, Console.Out, Console.Error);

static async Task<int> ServeAsync(ServerSettings settings, CancellationToken cancellationToken)
{
    await using var app = await ServerApp.StartAsync(settings, TimeProvider.System, cancellationToken);
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
    var tls = app.Address.Scheme == Uri.UriSchemeHttps;
    Console.WriteLine($"cchc-server listening on {string.Join(", ", app.Addresses)} ({(tls ? "TLS" : "h2c, plaintext HTTP/2")}).");
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
    Console.WriteLine($"Health and reflection are on: grpcurl {(tls ? "" : "-plaintext ")}{app.Address.Authority} list");
    Console.WriteLine("Press Ctrl+C to stop.");
    await app.RunUntilShutdownAsync();
    Console.WriteLine("cchc-server: stopped; the database is closed.");
    return 0;
}
