using CchcGrpc.Client.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CchcGrpc.Client.Import;

/// <summary>
/// Which column of an appendix table holds what, read from its header: one row (STT · Chỉ tiêu ·
/// Đơn vị tính · Số liệu · Ghi chú) or two, where the second splits a spanning heading (Kết quả
/// thống kê → Đơn vị tính · Số liệu; Báo cáo CCHC năm 2022 → Số liệu · Ghi chú), in the wordings real
/// forms use (TT, Nội dung, ĐVT, Kết quả thực hiện, Giá trị…), in any order. -1: no such column.
/// </summary>
public sealed partial record AppendixColumns(int Code, int Label, int Unit, int Value, int Note)
{
    private enum Role { None, Code, Label, Unit, Value, Note }

    [GeneratedRegex(@"^\(?(?:\d{1,2}|[A-Ea-e])\)?$")]
    private static partial Regex ColumnNumber();

    /// <summary>The columns of a header row, or null when the row is no header.</summary>
    public static AppendixColumns? FromHeader(string[] cells)
    {
        var roles = cells.Select(RoleOf).ToArray();
        var named = roles.Where(r => r != Role.None).Distinct().Count();
        if (!(roles.Contains(Role.Code) || roles.Contains(Role.Label)) || named < 2)
        {
            return null;
        }
        var code = Math.Max(Index(roles, Role.Code), 0);
        var label = Index(roles, Role.Label) is >= 0 and var l ? l : code + 1;
        var (unit, value, note) = (Index(roles, Role.Unit), Index(roles, Role.Value), Index(roles, Role.Note));
        // "Kết quả" spanning an empty header cell, with no unit column named: unit, then value.
        if (unit < 0 && value >= 0 && value + 1 < cells.Length && cells[value + 1].Length == 0)
        {
            (unit, value) = (value, value + 1);
        }
        if (value < 0)
        {
            value = Math.Max(label, unit) + 1;
        }
        return new(code, label, unit, value, note);
    }

    /// <summary>These columns refined by the header's second row, or null when the row is not one.</summary>
    public AppendixColumns? WithSecondRow(string[] cells)
    {
        if (Cell(cells, Code).Length > 0 && RoleOf(Cell(cells, Code)) != Role.Code || cells.All(c => c.Length == 0))
        {
            return null;
        }
        var refined = this;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0 || ColumnNumber().IsMatch(cells[i]))
            {
                continue;
            }
            refined = RoleOf(cells[i]) switch
            {
                Role.Unit => refined with { Unit = i },
                Role.Value => refined with { Value = i },
                Role.Note => refined with { Note = i },
                Role.Label => refined with { Label = i },
                Role.Code => refined with { Code = i },
                _ => null,
            };
            if (refined is null)
            {
                return null;
            }
        }
        return refined;
    }

    /// <summary>A row numbering the columns ("(1) (2) (3)", "A B 1 2"), printed under many headers.</summary>
    public static bool IsColumnNumbers(string[] cells) =>
        cells.Count(c => c.Length > 0) >= 2 && cells.Where(c => c.Length > 0).All(c => ColumnNumber().IsMatch(c));

    public static string Cell(string[] cells, int index) => index >= 0 && index < cells.Length ? cells[index] : "";

    private static int Index(Role[] roles, Role role) => Array.IndexOf(roles, role);

    private static Role RoleOf(string cell)
    {
        var text = Fold(cell);
        return text switch
        {
            "stt" or "tt" or "so tt" or "so thu tu" => Role.Code,
            _ when text.StartsWith("chi tieu", StringComparison.Ordinal) || text.StartsWith("ten chi tieu", StringComparison.Ordinal)
                   || text.StartsWith("noi dung", StringComparison.Ordinal) => Role.Label,
            "don vi tinh" or "dvt" or "don vi" => Role.Unit,
            _ when text.StartsWith("ghi chu", StringComparison.Ordinal) => Role.Note,
            _ when text.StartsWith("so lieu", StringComparison.Ordinal) || text.StartsWith("ket qua", StringComparison.Ordinal)
                   || text.StartsWith("gia tri", StringComparison.Ordinal) || text.StartsWith("thuc hien", StringComparison.Ordinal)
                   || text == "so luong" || text.StartsWith("bao cao", StringComparison.Ordinal) => Role.Value,
            _ => Role.None,
        };
    }

    /// <summary>Lower case without accents (đ = d) or punctuation: how a header's wording is compared.</summary>
    internal static string Fold(string text)
    {
        var folded = Accents.Fold(text).Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(folded).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
