using CchcGrpc.Client.Tui.Shell;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace CchcGrpc.Client.Tui.Host;

/// <summary>Terminal.Gui's keys → the screens' <see cref="KeyPress"/>.</summary>
public static class KeyMap
{
    public static KeyPress From(Key key)
    {
        if (key.IsCtrl && key.NoCtrl.KeyCode == KeyCode.L)
            return new KeyPress(KeyName.Redraw);
        var code = key.KeyCode & ~KeyCode.ShiftMask;
        var shift = key.IsShift;
        var named = code switch
        {
            KeyCode.Enter => KeyName.Enter,
            KeyCode.Esc => KeyName.Escape,
            KeyCode.Tab => shift ? KeyName.BackTab : KeyName.Tab,
            KeyCode.CursorUp => KeyName.Up,
            KeyCode.CursorDown => KeyName.Down,
            KeyCode.CursorLeft => KeyName.Left,
            KeyCode.CursorRight => KeyName.Right,
            KeyCode.PageUp => KeyName.PageUp,
            KeyCode.PageDown => KeyName.PageDown,
            KeyCode.Home => KeyName.Home,
            KeyCode.End => KeyName.End,
            KeyCode.Backspace => KeyName.Backspace,
            KeyCode.Delete => KeyName.Delete,
            KeyCode.F1 => KeyName.F1,
            KeyCode.F2 => KeyName.F2,
            KeyCode.F3 => KeyName.F3,
            KeyCode.F4 => KeyName.F4,
            KeyCode.F5 => KeyName.F5,
            KeyCode.F6 => KeyName.F6,
            KeyCode.F7 => KeyName.F7,
            KeyCode.F8 => KeyName.F8,
            KeyCode.F9 => KeyName.F9,
            KeyCode.F10 => KeyName.F10,
            _ => KeyName.Other,
        };
        if (named != KeyName.Other)
            return new KeyPress(named);
        if (key.IsCtrl || key.IsAlt)
            return new KeyPress(KeyName.Other);
        var rune = key.AsRune;
        return rune.Value > 31 && rune.IsBmp ? KeyPress.Of((char)rune.Value) : new KeyPress(KeyName.Other);
    }
}
