using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Units;

/// <summary>
/// A small slice of the real 2025 reorganisation, written out by hand so unit tests do not depend on
/// the sample data file: Đắk Nông, Bình Thuận and the old Lâm Đồng became Tỉnh Lâm Đồng on
/// 2025-07-01, and four units of the Gia Nghĩa area became Phường Bắc Gia Nghĩa.
/// </summary>
internal static class MergerOf2025
{
    public static readonly DateOnly Founded = new(2004, 1, 1);
    public static readonly DateOnly LastDay = new(2025, 6, 30);
    public static readonly DateOnly Merger = new(2025, 7, 1);
    public const string Basis = "Nghị quyết 202/2025/QH15";

    public static IReadOnlyList<OrgUnit> Units { get; } =
    [
        new("67", "Tỉnh Đắk Nông", UnitLevel.Province, null, Founded, LastDay),
        new("67.SNV", "Sở Nội vụ", UnitLevel.Department, "67", Founded, LastDay),
        new("67.660", "Thành phố Gia Nghĩa", UnitLevel.District, "67", Founded, LastDay),
        new("67.660.24611", "Phường Nghĩa Đức", UnitLevel.Commune, "67.660", Founded, LastDay),
        new("67.660.24612", "Phường Nghĩa Thành", UnitLevel.Commune, "67.660", Founded, LastDay),
        new("67.660.24619", "Phường Quảng Thành", UnitLevel.Commune, "67.660", Founded, LastDay),
        new("67.661", "Huyện Đắk Glong", UnitLevel.District, "67", Founded, LastDay),
        new("67.661.24622", "Xã Đắk Ha", UnitLevel.Commune, "67.661", Founded, LastDay),
        new("60", "Tỉnh Bình Thuận", UnitLevel.Province, null, new(1992, 1, 1), LastDay),
        new("68-CU", "Tỉnh Lâm Đồng", UnitLevel.Province, null, new(1976, 1, 1), LastDay),
        new("68", "Tỉnh Lâm Đồng", UnitLevel.Province, null, Merger, null),
        new("68.24611", "Phường Bắc Gia Nghĩa", UnitLevel.Commune, "68", Merger, null),
    ];

    public static IReadOnlyList<LineageEvent> Events { get; } =
    [
        new(LineageKind.MergedInto, "67", "68", Merger, Basis),
        new(LineageKind.MergedInto, "60", "68", Merger, Basis),
        new(LineageKind.MergedInto, "68-CU", "68", Merger, Basis),
        new(LineageKind.MergedInto, "67.660.24611", "68.24611", Merger, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Lâm Đồng"),
        new(LineageKind.MergedInto, "67.660.24612", "68.24611", Merger, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Lâm Đồng"),
        new(LineageKind.MergedInto, "67.660.24619", "68.24611", Merger, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Lâm Đồng"),
        new(LineageKind.MergedInto, "67.661.24622", "68.24611", Merger, "Nghị quyết của UBTVQH về sắp xếp ĐVHC cấp xã tỉnh Lâm Đồng"),
    ];

    public static LineageGraph Graph() => new(Units, Events);
}
