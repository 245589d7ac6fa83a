using CchcGrpc.Client.Cli;

namespace CchcGrpc.Client.Import;

/// <summary>What `cchc import` says beyond the shared messages, in Vietnamese (default) and English (--lang en).</summary>
public static class ImportTexts
{
    private static readonly Dictionary<string, (string Vi, string En)> Table = new()
    {
        ["map_written"] = ("Đã ghi bảng đối chiếu {0} dòng vào {1}; sửa các dòng \"?\" rồi dùng --map {1}.",
            "Wrote a map of {0} rows to {1}; decide the \"?\" rows, then use --map {1}."),
        ["unlisted"] = ("{0} dòng, phát hiện hoặc lô khác không được liệt kê để câu trả lời không quá lớn; bảng tổng hợp đếm tất cả.",
            "{0} more rows, findings or batches were not listed, to keep the answer within its size; the summary counts them all."),
        ["tables_read"] = ("Đã đọc {0} dòng của {1} biểu từ {2}, {3} lô.", "Read {0} rows of {1} tables from {2}, {3} batches."),
    };

    public static string Format(Messages messages, string key, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, messages.English ? Table[key].En : Table[key].Vi, args);
}
