using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Units a row may name as what it counts ("Số sở, ngành đã kiểm tra", "Số ĐVSNCL thuộc UBND tỉnh",
/// "Số VBQPPL do cấp huyện ban hành"). A district or commune reports on the province's forms, whose
/// rows also count the province's departments and districts: a row of such a report that counts
/// units above its own level names something that level cannot have, and is flagged, not stored.
/// Naming a unit as a partner ("kết nối với UBND tỉnh") is not counting it.
/// </summary>
public static class LevelScope
{
    // Folded as LabelText.Words folds them, with the wording a message uses.
    private static readonly (string Folded, string Name)[] AboveDistrict =
    [
        ("so nganh", "sở, ngành"), ("so ban nganh", "sở, ban, ngành"), ("so noi vu", "Sở Nội vụ"), ("cap tinh", "cấp tỉnh"),
        ("uy ban nhan dan tinh", "UBND tỉnh"), ("uy ban nhan dan cap tinh", "UBND cấp tỉnh"), ("co quan chuyen mon cap tinh", "cơ quan chuyên môn cấp tỉnh"),
    ];

    private static readonly (string Folded, string Name)[] AboveCommune =
    [
        .. AboveDistrict, ("cap huyen", "cấp huyện"), ("uy ban nhan dan huyen", "UBND huyện"), ("uy ban nhan dan cap huyen", "UBND cấp huyện"),
        ("don vi cap huyen", "đơn vị cấp huyện"),
    ];

    // Words after which a unit is what the row counts or whose things it counts ("Số …", "Tỷ lệ …", "thuộc …", "do …", "của …").
    private static readonly string[] Counting = ["so", "ti le", "tong so", "so luong", "thuoc", "do", "cua"];

    /// <summary>The units above <paramref name="level"/> the label counts ("sở, ngành"), or null.</summary>
    public static string? UnitsAbove(string label, UnitLevel level)
    {
        var names = level switch
        {
            UnitLevel.District => AboveDistrict,
            UnitLevel.Commune => AboveCommune,
            _ => [],
        };
        var words = LabelText.Words(label).Select(w => w.Folded).ToList();
        // "các" between the counting word and the unit changes nothing: "do các sở, ngành tiếp nhận".
        words.RemoveAll(w => w == "cac");
        var text = " " + string.Join(' ', words) + " ";
        foreach (var (folded, name) in names)
        {
            var sought = " " + folded + " ";
            for (var at = text.IndexOf(sought, StringComparison.Ordinal); at >= 0; at = text.IndexOf(sought, at + 1, StringComparison.Ordinal))
            {
                var before = text[..at].TrimEnd();
                if (before.Length == 0 || Counting.Any(c => before == c || before.EndsWith(" " + c, StringComparison.Ordinal)))
                {
                    return name;
                }
            }
        }
        return null;
    }
}
