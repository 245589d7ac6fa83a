using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Units;

/// <summary>Following units across the 2025 mergers: who came from whom, and whose reports stand for a unit at a date.</summary>
public sealed class LineageGraphTests
{
    private readonly LineageGraph graph = MergerOf2025.Graph();

    [Fact]
    public void The_new_Lam_Dong_came_from_three_provinces()
    {
        Assert.Equal(["60", "67", "68-CU"], graph.Predecessors("68").Order(StringComparer.Ordinal));
        Assert.Empty(graph.Successors("68"));
    }

    [Fact]
    public void Dak_Nong_went_into_Lam_Dong_and_came_from_nothing()
    {
        Assert.Equal(["68"], graph.Successors("67"));
        Assert.Empty(graph.Predecessors("67"));
    }

    [Fact]
    public void Predecessors_and_successors_are_followed_transitively()
    {
        var units = new List<OrgUnit>(MergerOf2025.Units)
        {
            new("99", "Tỉnh giả định sau 2030", UnitLevel.Province, null, new(2030, 1, 1), null),
        };
        var events = new List<LineageEvent>(MergerOf2025.Events) { new(LineageKind.Renamed, "68", "99", new(2030, 1, 1), "giả định") };
        var later = new LineageGraph(units, events);

        Assert.Equal(["68", "99"], later.Successors("67"));
        Assert.Equal("68", later.Predecessors("99")[0]);
        Assert.Equal(["60", "67", "68", "68-CU"], later.Predecessors("99").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Phuong_Bac_Gia_Nghia_is_made_of_three_Gia_Nghia_wards_and_xa_Dak_Ha_before_the_merger()
    {
        var sources = graph.ReportingUnitsFor("68.24611", new DateOnly(2024, 12, 14));

        Assert.Equal(["67.660.24611", "67.660.24612", "67.660.24619", "67.661.24622"], sources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lam_Dong_stands_for_itself_once_it_exists_and_for_its_predecessors_before()
    {
        Assert.Equal(["68"], graph.ReportingUnitsFor("68", new DateOnly(2025, 12, 14)));
        Assert.Equal(["60", "67", "68-CU"], graph.ReportingUnitsFor("68", new DateOnly(2025, 6, 14)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_unit_that_had_ceased_stands_for_nothing_and_one_that_existed_stands_for_itself()
    {
        Assert.Empty(graph.ReportingUnitsFor("67", new DateOnly(2025, 12, 14)));
        Assert.Equal(["67"], graph.ReportingUnitsFor("67", new DateOnly(2023, 12, 14)));
        Assert.Equal(["67.SNV"], graph.ReportingUnitsFor("67.SNV", new DateOnly(2023, 12, 14)));
    }

    [Fact]
    public void A_unit_that_absorbed_another_includes_the_absorbed_units_reports_for_earlier_periods()
    {
        // Suppose Huyện Đắk Glong had absorbed xã Đắk Ha's neighbour into an existing commune: the survivor keeps its code.
        var units = new List<OrgUnit>(MergerOf2025.Units)
        {
            new("67.661.24620", "Xã Quảng Hòa", UnitLevel.Commune, "67.661", MergerOf2025.Founded, MergerOf2025.LastDay),
            new("67.661.24616", "Xã Quảng Sơn", UnitLevel.Commune, "67.661", MergerOf2025.Founded, MergerOf2025.LastDay),
        };
        var events = new List<LineageEvent>(MergerOf2025.Events)
        {
            new(LineageKind.MergedInto, "67.661.24620", "67.661.24616", new(2020, 1, 1), "giả định"),
        };
        var absorbing = new LineageGraph(units, events);

        Assert.Equal(["67.661.24616", "67.661.24620"], absorbing.ReportingUnitsFor("67.661.24616", new DateOnly(2019, 12, 14)));
        Assert.Equal(["67.661.24616"], absorbing.ReportingUnitsFor("67.661.24616", new DateOnly(2020, 12, 14)));
    }

    [Fact]
    public void A_unit_split_from_another_is_not_followed_back_because_reports_cannot_be_apportioned()
    {
        var units = new List<OrgUnit>(MergerOf2025.Units)
        {
            new("67.667", "Huyện Tuy Đức", UnitLevel.District, "67", new(2006, 11, 27), MergerOf2025.LastDay),
            new("67.666", "Huyện Đắk R'Lấp", UnitLevel.District, "67", MergerOf2025.Founded, MergerOf2025.LastDay),
        };
        var events = new List<LineageEvent>(MergerOf2025.Events) { new(LineageKind.SplitFrom, "67.666", "67.667", new(2006, 11, 27), "Nghị định 142/2006/NĐ-CP") };
        var split = new LineageGraph(units, events);

        Assert.Equal(["67.666"], split.Predecessors("67.667"));
        Assert.Empty(split.ReportingUnitsFor("67.667", new DateOnly(2005, 12, 14)));
    }

    [Fact]
    public void The_events_around_a_unit_are_those_of_its_own_lineage()
    {
        var around = graph.EventsAround("67.660.24611");

        var only = Assert.Single(around);
        Assert.Equal(("67.660.24611", "68.24611", new DateOnly(2025, 7, 1)), (only.FromCode, only.ToCode, only.EffectiveDate));
        Assert.Equal(4, graph.EventsAround("68.24611").Count);
    }

    [Fact]
    public void Events_naming_unknown_units_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new LineageGraph(MergerOf2025.Units, [new(LineageKind.MergedInto, "67.665", "68", MergerOf2025.Merger, MergerOf2025.Basis)]));

        Assert.Contains("67.665", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_units_are_not_found()
    {
        Assert.Throws<KeyNotFoundException>(() => graph.Predecessors("69"));
        Assert.Throws<KeyNotFoundException>(() => graph.ReportingUnitsFor("69", new DateOnly(2024, 12, 14)));
    }
}
