using CchcGrpc.Server.Hosting;
using CchcGrpc.Server.Store;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Wire;

/// <summary>The real server with a broken analytics store and every log line captured.</summary>
public sealed class BrokenServer : ReportingServer
{
    public CapturedLogs Logs { get; } = new();

    protected override ServerSettings Adjust(ServerSettings settings) => settings with
    {
        ConfigureLogging = logging => logging.AddProvider(Logs),
        ConfigureServices = services => services.AddSingleton<IAnalyticsStore, BrokenAnalyticsStore>(),
    };
}
