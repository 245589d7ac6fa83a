using System.CommandLine;
using System.CommandLine.Help;
using CchcGrpc.Client.Output;

namespace CchcGrpc.Client.Cli;

/// <summary>Options every verb accepts, before or after the verb (recursive options of the root command).</summary>
public sealed class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:50051";

    public GlobalOptions()
    {
        Help = new HelpOption("--help", "-h") { Action = new LocalizedHelpAction(this) };
        All = [Server, Token, Output, Lang, Help];
        foreach (var option in All)
            option.Recursive = true;
    }

    public CliOption<string?> Server { get; } = CliOptions.Text("--server", new(
        "địa chỉ URL của máy chủ cchc (mặc định: $CCHC_SERVER, máy chủ của lần đăng nhập đã lưu, hoặc " + DefaultServer + ")",
        "URL of the cchc server (default $CCHC_SERVER, the stored login's server, or " + DefaultServer + ")"));

    public CliOption<string?> Token { get; } = CliOptions.Text("--token", new(
        "mã thông báo truy cập (bearer token; mặc định: $CCHC_TOKEN, nếu không có thì dùng token đã lưu bởi `cchc login`)",
        "bearer token (default $CCHC_TOKEN, else the token stored by `cchc login`)"));

    public CliOption<OutputFormat> Output { get; } = CliOptions.Choice("--output", new("định dạng kết quả: table | json | csv", "table | json | csv"),
        [("table", OutputFormat.Table), ("json", OutputFormat.Json), ("csv", OutputFormat.Csv)]);

    public CliOption<Language> Lang { get; } = CliOptions.Choice("--lang", new("ngôn ngữ giao diện: vi (mặc định) | en", "vi (default) | en"),
        [("vi", Language.Vietnamese), ("en", Language.English)]);

    /// <summary>-h, --help, whose action writes the help in the chosen language.</summary>
    public HelpOption Help { get; }

    public static Bilingual HelpText { get; } = new("hiển thị trợ giúp", "show help");

    /// <summary>In the order help lists them.</summary>
    public IReadOnlyList<Option> All { get; }

    /// <summary>
    /// The language of the line: --lang's last word, read from the tokens so that even a line the
    /// parser rejects is answered in the language it asked for.
    /// </summary>
    public Messages MessagesFor(ParseResult parse) =>
        new(parse.GetResult(Lang)?.Tokens.LastOrDefault()?.Value == "en");
}
