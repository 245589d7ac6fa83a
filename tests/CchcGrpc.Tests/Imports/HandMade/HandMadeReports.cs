namespace CchcGrpc.Tests.Imports.HandMade;

/// <summary>
/// Four unit reports written by hand for issue 12's audit, each in a layout the transformed-seed
/// generator never makes: columns in another order (Chỉ tiêu · Đơn vị tính · STT · Kết quả; the value
/// before the unit), labels paraphrased, codes of other indicators on rows whose label means something
/// else (swapped pairs that differ by one word: công chức / viên chức, mức độ 3 / 4), a commune naming
/// the province's departments, and a markdown pipe table.
/// </summary>
public static class HandMadeReports
{
    private const string Undecidable = HandMadeReport.Undecidable;
    private const string None = HandMadeReport.NoIndicator;

    /// <summary>Huyện Đắk Glong: "PHỤ LỤC I/II", the code in the third column, paraphrased labels, codes of other rows.</summary>
    public static HandMadeReport DistrictReordered { get; } = new HandMadeReport("huyen-dak-glong-cot-dao.txt", "67.661", "2013")
        .Lines(
            "ỦY BAN NHÂN DÂN HUYỆN ĐẮK GLONG",
            "",
            "BÁO CÁO Kết quả thực hiện công tác cải cách hành chính năm 2013",
            "",
            "PHỤ LỤC I",
            "SỐ LIỆU VỀ CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
            "Chỉ tiêu\tĐơn vị tính\tSTT\tKết quả",
            "Công tác chỉ đạo điều hành CCHC\t\tI.\t")
        .Row("I.1", "9", "Số văn bản chỉ đạo, điều hành CCHC huyện đã ban hành\tVăn bản\t1\t9")
        .Row("I.2", "90%", "Tỷ lệ hoàn thành Kế hoạch CCHC năm\t%\t2\t90%")
        .Row("I.2.1", "20", "Số nhiệm vụ đề ra trong kế hoạch CCHC năm\tNhiệm vụ\t2.1\t20")
        .Row("I.2.2", "18", "Số nhiệm vụ đã hoàn thành\tNhiệm vụ\t2.2\t18")
        // No indicator counts inspections of communes; code 3 is the heading "Kiểm tra CCHC".
        .Row(None, "6", "Số cuộc kiểm tra CCHC tại các xã\tCuộc\t3\t6")
        // Issue 12's row: staffing under code 4 of field I; civil servants or public employees, the row does not say.
        .Row(Undecidable, "88", "Tổng số biên chế được giao trong năm\tNgười\t4\t88")
        // Code 3.2 is "Số UBND cấp huyện đã kiểm tra"; the label is I.3.3.2's.
        .Row("I.3.3.2", "1", "Số vấn đề phát hiện qua kiểm tra đã xử lý xong\tVấn đề\t3.2\t1")
        .Lines(
            "",
            "Trang 1",
            "",
            "PHỤ LỤC II",
            "KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
            "TT\tNội dung\tĐVT\tSố liệu\tGhi chú")
        .Row("III.1.4.2", "196", "1\tSố TTHC thuộc thẩm quyền giải quyết của cấp huyện\tThủ tục\t196\t")
        .Row("III.3.2.1", "5.210", "2\tSố hồ sơ TTHC cấp huyện đã giải quyết xong\tHồ sơ\t5.210\t")
        .Row("III.3.2.2", "5.100", "3\tSố hồ sơ giải quyết đúng hạn\tHồ sơ\t5.100\t")
        .Row("VII.6.4.2", "800", "4\tSố hồ sơ TTHC tiếp nhận trực tuyến\tHồ sơ\t800\t")
        .Row("III.3.4.2", "3", "5\tSố PAKN đã giải quyết xong\tPAKN\t3\t")
        .Row("II.1.2", "4", "6\tSố VBQPPL do cấp huyện ban hành\tVăn bản\t4\tđã chuyển sang biểu cải cách thể chế");

    /// <summary>Xã Quảng Sơn: HTML markup, the value before the unit, column numbers, rows about the province's departments and districts.</summary>
    public static HandMadeReport CommuneNamingDepartments { get; } = new HandMadeReport("xa-quang-son.txt", "67.661.24616", "2013")
        .Lines(
            "<p><b>UBND XÃ QUẢNG SƠN</b></p>",
            "",
            "<b>Biểu số 01</b>",
            "<i>Kết quả thực hiện cải cách hành chính năm 2013 của xã</i>",
            "STT\tTên chỉ tiêu\tKết quả thực hiện\tĐơn vị tính",
            "(1)\t(2)\t(3)\t(4)")
        .Row("I.1", "4", "1\t<b>Số văn bản chỉ đạo CCHC đã ban hành</b>\t4\tVăn bản")
        .Row("I.3.1", "2", "2\tSố sở, ngành đã kiểm tra\t2\tCơ quan", flagged: true)
        .Row("VII.5.1.1", "100%", "3\tTỷ lệ sở, ngành đã kết nối, liên thông với UBND tỉnh\t100%\t%", flagged: true)
        .Row("III.1.4.3", "114", "4\tSố TTHC cấp xã\t114\tThủ tục")
        .Row("IV.1.5.2", "3", "5\tSố ĐVSNCL thuộc sở, ngành và tương đương\t3\tĐơn vị", flagged: true)
        .Row("III.3.3", "98%", "6\tTỷ lệ hồ sơ TTHC của xã được giải quyết đúng hạn\t98%\t%")
        // On time more than all resolved: a part greater than its whole, found and named by the printed codes.
        .Row("III.3.3.1", "300", "6.1\tTổng số hồ sơ TTHC đã giải quyết xong\t300\tHồ sơ")
        .Row("III.3.3.2", "310", "6.2\tSố hồ sơ TTHC giải quyết đúng hạn\t310\tHồ sơ")
        // The catalog counts no training; V.2.3 (communal civil servants moved up a level) only shares words.
        .Row(None, "25", "7\tSố cán bộ, công chức cấp xã được đào tạo, bồi dưỡng\t25\tNgười")
        .Row("I.3.2", "1", "8\tSố UBND cấp huyện đã kiểm tra\t1\tCơ quan", flagged: true)
        .Lines("", "<p>CHỦ TỊCH</p>");

    /// <summary>Huyện Đắk Glong: one appendix over fields V–VII whose codes are each a neighbour's; labels that differ by one word.</summary>
    public static HandMadeReport DistrictSwappedCodes { get; } = new HandMadeReport("huyen-dak-glong-ma-so-doi-cho.txt", "67.661", "2012")
        .Lines(
            "UBND HUYỆN ĐẮK GLONG",
            "Phụ lục 3: Số liệu cải cách chế độ công vụ, tài chính công và chính quyền số",
            "STT\tChỉ tiêu\tĐơn vị tính\tKết quả",
            "V\tCải cách chế độ công vụ\t\t")
        .Row("V.2.1", "7", "2.4\tSố công chức được tuyển dụng (thi tuyển, xét tuyển)\tNgười\t7")
        .Row("V.2.4", "31", "2.1\tSố viên chức được tuyển dụng (thi tuyển, xét tuyển)\tNgười\t31")
        .Lines("VI\tCải cách tài chính công\t\t")
        .Row("VI.2.2", "0", "2.3\tSố ĐVSN tự bảo đảm chi thường xuyên và chi đầu tư\tĐơn vị\t0")
        .Row("VI.2.3", "2", "2.2\tSố ĐVSN tự bảo đảm chi thường xuyên\tĐơn vị\t2")
        .Row("VI.2.4", "9", "2.4\tSố ĐVSN tự bảo đảm một phần chi thường xuyên\tĐơn vị\t9")
        .Row("VI.2.4.2", "4", "2.5\tSố ĐVSN tự bảo đảm từ 30% đến dưới 70% chi thường xuyên\tĐơn vị\t4")
        // Not the catalog's wording of field VII's title: a heading, listed with a warning, never a value.
        .Lines("VII\tChính quyền điện tử, chính quyền số\t\t")
        .Row("VII.6.1.2", "40", "6.2.2\tSố TTHC đang cung cấp trực tuyến mức độ 3\tThủ tục\t40")
        .Row("VII.6.2.2", "55", "6.1.2\tSố TTHC đang cung cấp trực tuyến mức độ 4\tThủ tục\t55")
        .Row("VII.6.4.2", "800", "6.4.1\tSố hồ sơ TTHC đã tiếp nhận trực tuyến\tHồ sơ\t800")
        .Row("VII.6.4.1", "6.000", "6.4.2\tTổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)\tHồ sơ\t6.000")
        .Row("II.1.3", "2", "1.3\tSố VBQPPL do cấp xã ban hành\tVăn bản\t2")
        // Resolved dossiers of whom? The district's own, its departments' or its communes': the row does not say.
        .Row(Undecidable, "5.210", "3.1.2\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t5.210")
        .Row("VII.5.2.2", "95%", "5.2.3\tTỷ lệ sử dụng văn bản điện tử của UBND cấp huyện\t%\t95%");

    /// <summary>Xã Quảng Sơn as a markdown pipe table, the code in the third column.</summary>
    public static HandMadeReport CommunePipeTable { get; } = new HandMadeReport("xa-quang-son-bang.md", "67.661.24616", "2012")
        .Lines(
            "# UBND XÃ QUẢNG SƠN",
            "",
            "**Phụ lục 1. Kết quả công tác chỉ đạo điều hành CCHC năm 2012**",
            "",
            "| Chỉ tiêu | Đơn vị tính | STT | Kết quả |",
            "|---|---|:---:|---:|")
        .Row("I.1", "4", "| Số văn bản chỉ đạo CCHC đã ban hành | Văn bản | 1 | 4 |")
        .Row("I.2.1", "12", "| Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 2.1 | 12 |")
        .Row("I.2.2", "11", "| *Số nhiệm vụ đã hoàn thành* | Nhiệm vụ | 2.2 | 11 |")
        .Row("I.3.1", "2", "| Số sở, ngành đã kiểm tra | Cơ quan | 3.1 | 2 |", flagged: true)
        .Row("III.1.4.3", "114", "| Số TTHC cấp xã \\| gồm cả ngành dọc | Thủ tục | 4 | 114 |");

    public static IEnumerable<object[]> All() =>
        new[] { DistrictReordered, CommuneNamingDepartments, DistrictSwappedCodes, CommunePipeTable }.Select(r => new object[] { r });
}
