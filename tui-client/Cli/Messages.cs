namespace CchcGrpc.Client.Cli;

/// <summary>The few sentences the client says, in Vietnamese (default) and English (--lang en).</summary>
public sealed class Messages(bool english)
{
    private static readonly Dictionary<string, (string Vi, string En)> Table = new()
    {
        ["no_tui"] = ("Giao diện tương tác (TUI) cần một cửa sổ dòng lệnh (terminal); khi chạy trong kịch bản hãy dùng các lệnh dưới đây.", "The terminal UI needs a terminal; in scripts use the verbs below."),
        ["usage"] = ("Cách dùng", "Usage"),
        ["verbs"] = ("Lệnh", "Verbs"),
        ["global_options"] = ("Tùy chọn chung (trước hoặc sau lệnh)", "Global options (before or after the verb)"),
        ["options"] = ("Tùy chọn", "Options"),
        ["examples"] = ("Ví dụ", "Examples"),
        ["exit_codes"] = ("Mã thoát: 0 thành công, 1 dữ liệu bị từ chối/không hợp lệ, 2 sai cú pháp, 3 lỗi kết nối/xác thực.",
            "Exit codes: 0 ok, 1 data rejected or invalid, 2 usage, 3 connection or auth."),
        ["usage_error"] = ("cchc: {0}. Xem `cchc {1}--help`.", "cchc: {0}. See `cchc {1}--help`."),
        ["unreachable"] = ("cchc: không kết nối được máy chủ {0} ({1}): {2}", "cchc: cannot reach the server {0} ({1}): {2}"),
        ["auth"] = ("cchc: máy chủ từ chối quyền truy cập ({0}): {1}. Hãy chạy `cchc login` hoặc dùng --token.",
            "cchc: the server refused access ({0}): {1}. Run `cchc login` or pass --token."),
        // Signed in, but this account may not do it: signing in again as the same account would not help.
        ["denied"] = ("cchc: máy chủ từ chối quyền truy cập ({0}): {1}. Tài khoản này không có quyền đó; nếu cần, hãy đăng nhập bằng tài khoản khác (`cchc login`).",
            "cchc: the server refused access ({0}): {1}. This account lacks that right; sign in with another account (`cchc login`) if needed."),
        ["rejected"] = ("cchc: máy chủ từ chối yêu cầu ({0}): {1}", "cchc: the server rejected the request ({0}): {1}"),
        ["bad_file"] = ("cchc: tệp không hợp lệ: {0}", "cchc: invalid file: {0}"),
        ["rows_rejected"] = ("cchc: {0} dòng bị từ chối hoặc không khớp chỉ tiêu nào; xem danh sách ở trên.",
            "cchc: {0} rows were rejected or matched no indicator; see the list above."),
        ["dry_run"] = ("Chạy thử (--dry-run): không ghi dữ liệu nào.", "Dry run (--dry-run): nothing was written."),
        ["import_progress"] = ("Đang nhập {0}/{1} dòng · {2} dòng/giây · còn {3}", "Importing {0}/{1} rows · {2} rows/s · {3} left"),
        ["rows_read"] = ("Đã đọc {0} dòng từ {1} ({2}), {3} lô.", "Read {0} rows from {1} ({2}), {3} batches."),
        ["user_prompt"] = ("Tên đăng nhập: ", "User name: "),
        ["password_prompt"] = ("Mật khẩu: ", "Password: "),
        ["signed_in"] = ("Đã đăng nhập: {0} ({1}); token lưu tại {2}, hết hạn {3}.", "Signed in as {0} ({1}); token stored in {2}, expires {3}."),
        ["wrote"] = ("Đã ghi {0} chỉ tiêu vào {1}.", "Wrote {0} indicators to {1}."),
        ["summary"] = ("Kết quả", "Summary"),
        ["rows_attention"] = ("Các dòng cần xem lại", "Rows needing attention"),
        ["findings"] = ("Kết quả kiểm tra", "Validation findings"),
        ["only_dissolved_districts"] = ("cchc: cấp huyện đã bị bãi bỏ từ ngày 01/7/2025 nên không còn đơn vị cấp huyện nào đang hoạt động; thêm --include-dissolved để xem các đơn vị cấp huyện trước đây.",
            "cchc: the district level was abolished on 1 July 2025, so no district exists today; add --include-dissolved to list the former districts."),
        ["only_dissolved"] = ("cchc: chỉ có các đơn vị không còn tồn tại khớp với điều kiện; thêm --include-dissolved để xem.",
            "cchc: only units that no longer exist match; add --include-dissolved to list them."),
    };

    public bool English { get; } = english;

    public string this[string key] => English ? Table[key].En : Table[key].Vi;

    public string Format(string key, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);
}
