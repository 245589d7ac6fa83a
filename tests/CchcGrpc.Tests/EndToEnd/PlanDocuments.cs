using System.Text;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// Small plan documents in seed 003's shape (decision line, theme, body list of fields, appendix
/// flattened one cell per line with merged cells repeated), for units the seed is not about.
/// </summary>
public static class PlanDocuments
{
    /// <param name="activities">(number, title, lead, start, end) under field I, task 1.</param>
    public static string District(string unitTitle, int year, params (string Number, string Title, string Lead, string Start, string End)[] activities)
    {
        var text = new StringBuilder();
        text.AppendLine("KẾ HOẠCH");
        text.AppendLine($"CẢI CÁCH HÀNH CHÍNH {unitTitle.ToUpperInvariant()} NĂM {year}");
        text.AppendLine("CHỦ ĐỀ: NÂNG CAO CHẤT LƯỢNG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        text.AppendLine($"(Kèm theo Quyết định số: 25/QĐ-UBND ngày 05 tháng 01 năm {year} của Chủ tịch UBND {unitTitle})");
        text.AppendLine("II. NHIỆM VỤ TRỌNG TÂM");
        text.AppendLine("1. Công tác chỉ đạo, điều hành");
        text.AppendLine("III. TỔ CHỨC THỰC HIỆN");
        text.AppendLine("\tCHỦ TỊCH");
        text.AppendLine();
        text.AppendLine("Nguyễn Văn Thử");
        text.AppendLine("PHỤ LỤC");
        text.AppendLine($"NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH {unitTitle.ToUpperInvariant()} NĂM {year}");
        Merged("LĨNH VỰC I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH");
        Merged("Nhiệm vụ 1", "Triển khai kế hoạch CCHC năm");
        foreach (var (number, title, lead, start, end) in activities)
        {
            foreach (var cell in new[] { $"Hoạt động {number}", title, "Đúng tiến độ", "Văn bản của UBND", lead, "Các cơ quan, đơn vị có liên quan", start, end, " " })
            {
                text.Append('\t').AppendLine(cell);
            }
            text.AppendLine();
        }
        return text.ToString();

        void Merged(string label, string title)
        {
            text.Append('\t').AppendLine(label);
            for (var i = 0; i < 8; i++)
            {
                text.Append('\t').AppendLine(title);
            }
            text.AppendLine();
        }
    }
}
