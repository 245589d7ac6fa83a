namespace CchcGrpc.Client.Tui.Shell;

/// <summary>The keys the screens react to, apart from Terminal.Gui's key type so that screen models stay plain classes.</summary>
public enum KeyName
{
    Char,
    Enter,
    Escape,
    Tab,
    BackTab,
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Backspace,
    Delete,
    F1,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    F10,
    Redraw,
    Other,
}
