using CchcGrpc.Client.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CchcGrpc.Client.Tui.Host;

/// <summary>
/// The one Terminal.Gui view of the UI: it draws the navigator's canvas at the view's current size
/// (so a resize re-lays out from the same state) and hands every key to the navigator.
/// </summary>
public sealed class ScreenView : View
{
    private readonly Navigator _navigator;

    public ScreenView(Navigator navigator)
    {
        _navigator = navigator;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The canvas drawn last (tests read the styles from it).</summary>
    public Canvas? LastCanvas { get; private set; }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var size = Viewport.Size;
        var canvas = _navigator.Render(size.Width, size.Height);
        LastCanvas = canvas;
        var current = (CellStyle)255;
        for (var y = 0; y < canvas.Height; y++)
        {
            Move(0, y);
            for (var x = 0; x < canvas.Width; x++)
            {
                var style = canvas.StyleAt(x, y);
                if (style != current)
                {
                    SetAttribute(CellColors.Of(style));
                    current = style;
                }
                AddRune(canvas.CharAt(x, y));
            }
        }
        return true;
    }

    protected override bool OnKeyDown(Key key)
    {
        _navigator.Handle(KeyMap.From(key));
        SetNeedsDraw();
        return true;
    }
}
