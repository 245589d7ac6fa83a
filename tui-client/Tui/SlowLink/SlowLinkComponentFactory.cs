using Terminal.Gui.Drivers;

namespace CchcGrpc.Client.Tui.SlowLink;

/// <summary>
/// Terminal.Gui's ANSI driver (its input, raw mode and key parsing) with <see cref="SlowLinkOutput"/> as
/// the output. Since the output is not an AnsiOutput, Terminal.Gui sizes the screen by polling the output
/// (the kernel's window size) rather than by CSI 18t queries.
/// </summary>
public sealed class SlowLinkComponentFactory(TerminalProfile profile, TerminalSink? sink) : AnsiComponentFactory
{
    /// <summary>The output, once Terminal.Gui has created it (on its main-loop thread, during Init).</summary>
    public SlowLinkOutput? Output { get; private set; }

    /// <inheritdoc />
    public override IOutput CreateOutput()
    {
        bool realTerminal = Driver.IsAttachedToTerminal(out _, out bool outputAttached) || outputAttached;
        Output = new SlowLinkOutput(profile, sink ?? (realTerminal ? TerminalSink.ForTerminal() : TerminalSink.Headless(capture: false)), realTerminal && sink is null);
        return Output;
    }
}
