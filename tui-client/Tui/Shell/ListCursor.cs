namespace CchcGrpc.Client.Tui.Shell;

/// <summary>
/// The list keys every list screen shares: arrows and j/k by one, PgUp/PgDn by a page, Home/End to the
/// ends. One place, so that an empty list never leaves the selection at -1.
/// </summary>
public static class ListCursor
{
    /// <summary>Rows a PgUp/PgDn moves in a list.</summary>
    public const int Page = 10;

    /// <summary>The selection after <paramref name="key"/> in a list of <paramref name="count"/> rows, or null when the key does not move it.</summary>
    public static int? Move(KeyPress key, int selected, int count)
    {
        int? target = key.Name switch
        {
            KeyName.PageDown => selected + Page,
            KeyName.PageUp => selected - Page,
            KeyName.Home => 0,
            KeyName.End => count - 1,
            _ => key.Direction switch
            {
                KeyName.Down => selected + 1,
                KeyName.Up => selected - 1,
                _ => null,
            },
        };
        return target is { } row ? Math.Clamp(row, 0, Math.Max(0, count - 1)) : null;
    }
}
