namespace CchcGrpc.Client.Tui.Shell;

/// <summary>One key: a named key, or a typed character (<see cref="KeyName.Char"/>).</summary>
public readonly record struct KeyPress(KeyName Name, char Char = '\0')
{
    public static KeyPress Of(char c) => new(KeyName.Char, c);

    public bool Is(char c) => Name == KeyName.Char && Char == c;

    /// <summary>Up/Down/Left/Right, or their vi letters h j k l when the screen is not typing.</summary>
    public KeyName Direction => Name switch
    {
        KeyName.Char when Char == 'k' => KeyName.Up,
        KeyName.Char when Char == 'j' => KeyName.Down,
        KeyName.Char when Char == 'h' => KeyName.Left,
        KeyName.Char when Char == 'l' => KeyName.Right,
        _ => Name,
    };

    public override string ToString() => Name == KeyName.Char ? Char.ToString() : Name.ToString();
}
