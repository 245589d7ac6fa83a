using System.Text;
using Cchc.V1;
using CchcGrpc.Client.Cli;
using CchcGrpc.Client.Connection;

namespace CchcGrpc.Client.Verbs;

/// <summary>`cchc login`: exchanges a password for a token and keeps it (0600) for the next commands.</summary>
public sealed class LoginVerb : Verb
{
    public LoginVerb()
        : base("login", new("Đăng nhập và lưu token cho các lệnh sau.", "Sign in and store the token for later commands."),
            "cchc login [--user NAME] [--password-stdin]",
            [
                "cchc login --server http://cchc.local:50051",
                "echo \"$CCHC_PASSWORD\" | cchc login --user op.dakmil --password-stdin",
            ])
    {
        User = Add(CliOptions.Text("--user", new("tên đăng nhập (nếu bỏ qua, chương trình sẽ hỏi)", "user name (asked when omitted)")));
        PasswordStdin = Add(CliOptions.Flag("--password-stdin", new("đọc mật khẩu từ dòng đầu tiên của đầu vào chuẩn (stdin)", "read the password from the first line of stdin")));
    }

    public CliOption<string?> User { get; }

    public CliOption<bool> PasswordStdin { get; }

    public override async Task<int> RunAsync(CliContext context)
    {
        var console = context.Console;
        var user = context.Value(User);
        if (user is null)
        {
            console.Error.Write(context.Messages["user_prompt"]);
            user = console.In.ReadLine()?.Trim();
        }
        if (string.IsNullOrEmpty(user))
            throw new UsageException("a user name is required (--user)");
        string? password;
        if (context.Value(PasswordStdin))
        {
            password = console.In.ReadLine();
        }
        else
        {
            console.Error.Write(context.Messages["password_prompt"]);
            password = console.InputRedirected ? console.In.ReadLine() : ReadHidden();
            console.Error.WriteLine();
        }
        if (string.IsNullOrEmpty(password))
            throw new UsageException("a password is required");
        var response = await context.Session.Auth.LoginAsync(
            new LoginRequest { UserName = user, Password = password }, cancellationToken: context.CancellationToken).ResponseAsync.ConfigureAwait(false);
        context.Tokens.Save(new StoredLogin(context.Server, response.Token, user, response.ExpiresAt));
        console.Out.WriteLine(context.Messages.Format("signed_in", user, response.Principal?.Role.ToString().ToLowerInvariant(), context.Tokens.FilePath, response.ExpiresAt));
        return ExitCodes.Ok;
    }

    private static string ReadHidden()
    {
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                return password.ToString();
            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                    password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
