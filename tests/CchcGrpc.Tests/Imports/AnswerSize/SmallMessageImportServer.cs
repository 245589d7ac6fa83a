using CchcGrpc.Server.Hosting;

namespace CchcGrpc.Tests.Imports.AnswerSize;

/// <summary>The import server started with the smallest message limit an operator may set (--max-message-mb 1).</summary>
public sealed class SmallMessageImportServer : ImportServer
{
    public const int MaxMessageBytes = 1024 * 1024;

    protected override ServerSettings Adjust(ServerSettings settings) => settings with { MaxMessageBytes = MaxMessageBytes };
}
