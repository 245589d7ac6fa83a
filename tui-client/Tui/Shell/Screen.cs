namespace CchcGrpc.Client.Tui.Shell;

/// <summary>
/// One screen of the terminal UI as a plain class: it draws into a <see cref="Canvas"/> and handles
/// <see cref="KeyPress"/>es; the <see cref="Navigator"/> gives it the server, the texts and the stack.
/// </summary>
public abstract class Screen
{
    private Navigator? _navigator;

    protected Navigator Nav => _navigator ?? throw new InvalidOperationException("the screen is not shown");

    protected Text.UiText T => Nav.Text;

    public abstract string Title { get; }

    /// <summary>The keys that work here, for the footer line (most important first; the footer cuts at the edge).</summary>
    public abstract IReadOnlyList<FooterKey> Footer { get; }

    /// <summary>The `?` page of this screen: one key and what it does a line.</summary>
    public abstract IReadOnlyList<string> Help { get; }

    /// <summary>Entries this screen adds to the `:` palette.</summary>
    public virtual IReadOnlyList<PaletteCommand> Commands => [];

    /// <summary>True while typed values are not saved (quitting asks first).</summary>
    public virtual bool HasUnsavedEdits => false;

    /// <summary>The home screen: `q` quits from here.</summary>
    public virtual bool IsHome => false;

    /// <summary>True while a text input has the keys (then `?`, `:`, `q` and h j k l are typed, not commands).</summary>
    public virtual bool CapturesText => false;

    /// <summary>The report whose local draft this screen sends itself ("reports/…"), or null.</summary>
    public virtual string? OpenDraft => null;

    internal void Attach(Navigator navigator) => _navigator = navigator;

    /// <summary>Called once when the screen is first pushed (start loading here).</summary>
    public virtual void OnShown()
    {
    }

    /// <summary>Called when the screen above it closes.</summary>
    public virtual void OnResumed()
    {
    }

    /// <summary>Called when the link is back after a failure (send what is waiting here).</summary>
    public virtual void OnReconnected()
    {
    }

    /// <summary>Draws rows <paramref name="top"/> … top + height − 1 of the canvas (the whole width).</summary>
    public abstract void Render(Canvas canvas, int top, int height);

    /// <summary>Handles a key; false lets the navigator apply the common keys (Esc back, `q`).</summary>
    public abstract bool Handle(KeyPress key);
}
