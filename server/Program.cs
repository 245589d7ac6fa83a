using System.Security.Cryptography.X509Certificates;
using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Wire;

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

var registry = new GrpcServiceRegistry();
registry.AddStandardServices();

var options = new GrpcHostOptions
{
    Address = settings.Address,
    Port = settings.Port,
    Grpc = new GrpcServerOptions { MaxReceiveMessageSize = settings.MaxMessageBytes, MaxSendMessageSize = settings.MaxMessageBytes },
    Certificate = settings.CertificatePath is null ? null : X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, settings.CertificatePassword),
};

await using var host = await GrpcHost.StartAsync(registry, options);
Console.WriteLine($"cchc-server listening on {host.Address} ({(options.Certificate is null ? "h2c" : "TLS")}).");
Console.WriteLine($"Services: {string.Join(", ", registry.Services.Select(s => s.FullName))}");
Console.WriteLine("Press Ctrl+C to stop.");
await host.WaitForShutdownAsync();
return 0;
