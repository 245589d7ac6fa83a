namespace CchcGrpc.Tests.Tui;

/// <summary>
/// Terminal.Gui keeps process-wide state (configuration, the driver registry), so two headless
/// applications must not run at the same time: every terminal UI test class is in this collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TerminalUiCollection
{
    public const string Name = "Terminal UI";
}
