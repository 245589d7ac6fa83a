using System.Globalization;
using System.Text;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// Resolves the names in "chủ trì" / "phối hợp" cells to units of the organisation. A name
/// resolves only when it is a unit's name exactly (letter case and spacing aside): "Sở Thông tin
/// và truyền thông" is 67.STTTT. Plural or level-wide names ("UBND cấp huyện", "UBND các huyện,
/// thành phố", "Các cơ quan, đơn vị có liên quan", "Các thành viên Ban Chỉ đạo") are groups;
/// anything else ("Đài PT&amp;TH tỉnh") is kept as printed and reported, never guessed.
/// </summary>
public sealed class PartyResolver
{
    private static readonly string[] GroupMarks = ["các ", "cấp huyện", "cấp xã", "cấp tỉnh", "các huyện", "đơn vị có liên quan", "địa phương"];
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);

    /// <param name="units">The units a plan may name: its own unit and the units of its province.</param>
    public PartyResolver(IEnumerable<OrgUnit> units)
    {
        foreach (var unit in units)
        {
            _byName.TryAdd(Normalise(unit.Name), unit.Code);
        }
    }

    /// <summary>Splits a cell at ";" and resolves each entry.</summary>
    public IReadOnlyList<ResponsibleParty> ResolveCell(string cell) =>
        [.. Split(cell).Select(Resolve)];

    public ResponsibleParty Resolve(string text)
    {
        var key = Normalise(text);
        if (_byName.TryGetValue(key, out var code))
        {
            return new ResponsibleParty(text, PartyKind.Unit, code);
        }
        return GroupMarks.Any(m => key.StartsWith(m, StringComparison.Ordinal) || (m != "các " && key.Contains(m, StringComparison.Ordinal)))
            ? new ResponsibleParty(text, PartyKind.Group, null)
            : new ResponsibleParty(text, PartyKind.Unresolved, null);
    }

    public static IReadOnlyList<string> Split(string cell) =>
        [.. cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormC).Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            space = false;
            builder.Append(char.ToLower(c, CultureInfo.GetCultureInfo("vi-VN")));
        }
        return builder.ToString();
    }
}
