namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>
/// Rows real district and commune appendices print that the catalog has no indicator for, many worded
/// close to one it has ("Số nhiệm vụ chưa hoàn thành" beside "Số nhiệm vụ đã hoàn thành"). A layout
/// that adds them checks precision where it matters: each must stay unmapped, whatever code it carries.
/// </summary>
public static class ForeignRows
{
    /// <summary>Origin of a row the catalog does not have: any mapping of it is wrong.</summary>
    public const int Origin = -1;

    public static IReadOnlyList<(string Label, string Unit, string Value)> All { get; } =
    [
        ("Số nhiệm vụ chưa hoàn thành", "Nhiệm vụ", "3"),
        ("Số cuộc kiểm tra CCHC đã thực hiện", "Cuộc", "4"),
        ("Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Lượt người", "215"),
        ("Kinh phí bố trí cho công tác CCHC", "Triệu đồng", "350"),
        ("Số tin, bài tuyên truyền về CCHC", "Tin, bài", "48"),
        ("Số hồ sơ TTHC quá hạn đã gửi thư xin lỗi", "Hồ sơ", "12"),
        ("Số sáng kiến CCHC được công nhận", "Sáng kiến", "2"),
        ("Tỷ lệ hồ sơ TTHC được số hóa kết quả giải quyết", "%", "64%"),
        ("Số tài khoản định danh điện tử được kích hoạt", "Tài khoản", "10.452"),
        ("Chỉ số hài lòng của người dân (SIPAS) của huyện", "%", "86,5%"),
        ("Điểm tự đánh giá Chỉ số CCHC", "Điểm", "78,25"),
        ("Số phản ánh qua đường dây nóng của huyện", "Phản ánh", "9"),
        ("Số VBQPPL bị bãi bỏ", "Văn bản", "1"),
        ("Số hồ sơ TTHC quá hạn", "Hồ sơ", "27"),
        ("Số biên chế được giao năm trước", "Người", "90"),
        ("Tỷ lệ TTHC giải quyết quá hạn", "%", "2%"),
        ("Số cán bộ, công chức cấp xã đạt chuẩn", "Người", "118"),
        ("Số điểm Bưu điện văn hóa xã tiếp nhận hồ sơ TTHC", "Điểm", "6"),
        ("Số cuộc đối thoại của Chủ tịch UBND huyện với người dân", "Cuộc", "2"),
        ("Số đơn vị sự nghiệp chưa được phê duyệt vị trí việc làm", "Đơn vị", "5"),
    ];
}
