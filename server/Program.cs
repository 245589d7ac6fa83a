using CchcGrpc.Server.Hosting;

// cchc-server: serve (no verb) or run an administrative verb on the same database.
var verbs = new ServerVerbs(Console.In, Console.Out, Console.Error, TimeProvider.System);
var commandLine = new ServerCommandLine(verbs, ServeAsync);
return await commandLine.RunAsync(args, Console.Out, Console.Error);

static async Task<int> ServeAsync(ServerSettings settings, CancellationToken cancellationToken)
{
    ServerApp app;
    try
    {
        app = await ServerApp.StartAsync(settings, TimeProvider.System, cancellationToken);
    }
    catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException
        or System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
    {
        // A setting the server cannot start with (a malformed quota, a missing or unreadable certificate, a
        // port in use, a database it may not open): one sentence and exit code 1, not a stack trace.
        Console.Error.WriteLine($"cchc-server: cannot start: {StartupMessage(e)}");
        return 1;
    }
    await using var running = app;
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
    var addresses = app.Addresses.Select(a => a.GetLeftPart(UriPartial.Authority)).ToList();
    Console.WriteLine($"cchc-server listening on {string.Join(", ", addresses)} ({(tls ? "TLS" : "h2c, plaintext HTTP/2")}).");
    if (accounts.Count > 0)
    {
        Console.WriteLine("First start: these accounts were created; their passwords are shown only now:");
        foreach (var (name, role, unit, password) in accounts)
        {
            Console.WriteLine($"  {name,-12} {role,-9} {unit,-8} password: {password}");
        }
    }
    Console.WriteLine($"Sign in:  cchc login --server {addresses[0]} --user admin");
    Console.WriteLine("More users: cchc-server user add NAME --role operator|reviewer|admin|service [--unit CODE] --password-stdin");
    Console.WriteLine($"Health and reflection are on: grpcurl {(tls ? "" : "-plaintext ")}{app.Address.Authority} list");
    Console.WriteLine("Press Ctrl+C to stop.");
    await app.RunUntilShutdownAsync();
    Console.WriteLine("cchc-server: stopped; the database is closed.");
    return 0;
}

// The innermost message usually names the problem best; Kestrel wraps "address already in use" once.
static string StartupMessage(Exception e)
{
    var message = e.Message;
    for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
    {
        if (!message.Contains(inner.Message, StringComparison.Ordinal))
        {
            message += " (" + inner.Message + ")";
        }
    }
    return message;
}
