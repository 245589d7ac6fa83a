using CchcGrpc.Client.Tui.Shell;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>
/// Sign in: server, user name, password (shown as dots). Tab/Shift-Tab or Up/Down move between the
/// fields, Enter signs in; the token is stored as `cchc login` stores it, so the next start skips this.
/// </summary>
public sealed class SignInScreen(string server, string? user, string? message = null) : Screen
{
    private readonly LineEditor[] _fields = [new(server), new(user ?? ""), new("", masked: true)];
    private int _focus = user is { Length: > 0 } ? 2 : 1;
    private bool _signingIn;

    public override string Title => T["signin_title"];

    public override bool CapturesText => true;

    public override bool IsHome => true;

    public override IReadOnlyList<FooterKey> Footer => [new("Enter", T["key_signin"]), new("Tab", T["key_next_field"]), new("F10", T["key_quit"])];

    public override IReadOnlyList<string> Help => [T["help_signin_fields"], T["help_signin_enter"], T["help_signin_stored"]];

    public int Focus => _focus;

    public override void OnShown()
    {
        if (message is not null)
            Nav.Say(message, error: true);
    }

    public override void Render(Canvas canvas, int top, int height)
    {
        var x = Math.Max(2, (canvas.Width - 60) / 2);
        var y = top + Math.Max(1, (height - 10) / 3);
        canvas.Write(x, y, T["signin_heading"], CellStyle.Heading);
        string[] labels = [T["signin_server"], T["signin_user"], T["signin_password"]];
        for (var i = 0; i < _fields.Length; i++)
        {
            canvas.Field(x, y + 2 + i * 2, 16, labels[i], i == _focus ? CellStyle.Heading : CellStyle.Normal);
            _fields[i].Draw(canvas, x + 17, y + 2 + i * 2, Math.Min(40, canvas.Width - x - 19), i == _focus);
        }
        canvas.Write(x, y + 9, _signingIn ? T["signing_in"] : T["signin_hint"], CellStyle.Dim);
    }

    public override bool Handle(KeyPress key)
    {
        if (_signingIn)
            return true;
        switch (key.Name)
        {
            case KeyName.Tab or KeyName.Down:
                _focus = (_focus + 1) % _fields.Length;
                return true;
            case KeyName.BackTab or KeyName.Up:
                _focus = (_focus + _fields.Length - 1) % _fields.Length;
                return true;
            case KeyName.Enter:
                if (_focus < 2 && _fields[2].Text.Length == 0)
                {
                    _focus++;
                    return true;
                }
                SignIn();
                return true;
            case KeyName.Escape:
                return true;
            default:
                return _fields[_focus].Handle(key);
        }
    }

    private void SignIn()
    {
        var (serverText, userText, password) = (_fields[0].Text.Trim(), _fields[1].Text.Trim(), _fields[2].Text);
        if (serverText.Length == 0 || userText.Length == 0 || password.Length == 0)
        {
            Nav.Say(T["signin_missing"], error: true);
            return;
        }
        _signingIn = true;
        Nav.Say(T["signing_in"]);
        Nav.Run(cancel => Nav.Data.SignInAsync(serverText, userText, password, cancel), _ =>
        {
            _signingIn = false;
            Nav.Reset(new HomeScreen());
        }, e =>
        {
            _signingIn = false;
            _fields[2].Set("");
            _focus = 2;
            Nav.Say(e.StatusCode == StatusCode.Unauthenticated ? T["signin_failed"] : Nav.Describe(e), error: true);
            return true;
        });
    }
}
