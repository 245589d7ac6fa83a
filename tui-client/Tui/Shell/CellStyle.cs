namespace CchcGrpc.Client.Tui.Shell;

/// <summary>What a cell means; the host turns it into colours and attributes (reverse video marks focus even without colour).</summary>
public enum CellStyle : byte
{
    Normal,
    Header,
    Footer,
    Heading,
    Focus,
    Selected,
    Error,
    Warning,
    Dim,
    Own,
    Input,
    Good,
}
