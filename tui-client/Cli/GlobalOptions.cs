namespace CchcGrpc.Client.Cli;

/// <summary>Options every verb accepts, before or after the verb.</summary>
public static class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:50051";

    public static readonly IReadOnlyList<OptionSpec> All =
    [
        new("--server", true, "địa chỉ URL của máy chủ cchc (mặc định: $CCHC_SERVER, máy chủ của lần đăng nhập đã lưu, hoặc " + DefaultServer + ")",
            "URL of the cchc server (default $CCHC_SERVER, the stored login's server, or " + DefaultServer + ")"),
        new("--token", true, "mã thông báo truy cập (bearer token; mặc định: $CCHC_TOKEN, nếu không có thì dùng token đã lưu bởi `cchc login`)",
            "bearer token (default $CCHC_TOKEN, else the token stored by `cchc login`)"),
        new("--output", true, "định dạng kết quả: table | json | csv", "table | json | csv"),
        new("--lang", true, "ngôn ngữ giao diện: vi (mặc định) | en", "vi (default) | en"),
        new("--help", false, "hiển thị trợ giúp", "show help", "-h"),
    ];
}
