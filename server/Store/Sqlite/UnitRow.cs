using System.Globalization;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>A units row as Dapper reads it.</summary>
internal sealed class UnitRow
{
    public long Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public long Level { get; set; }

    public string? ParentCode { get; set; }

    public string Path { get; set; } = "";

    public string ValidFrom { get; set; } = "";

    public string? ValidTo { get; set; }

    public long ChildCount { get; set; }

    /// <summary>The select list that fills this row; <c>u</c> is the units alias.</summary>
    public const string Columns = """
        u.id AS Id, u.code AS Code, u.name AS Name, u.level AS Level, p.code AS ParentCode, u.path AS Path,
        u.valid_from AS ValidFrom, u.valid_to AS ValidTo,
        (SELECT COUNT(*) FROM units c WHERE c.parent_id = u.id) AS ChildCount
        """;

    public StoredUnit ToStored() => new(
        new OrgUnit(Code, Name, (UnitLevel)Level, ParentCode, ParseDate(ValidFrom), ValidTo is null ? null : ParseDate(ValidTo)),
        Path,
        (int)ChildCount);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
