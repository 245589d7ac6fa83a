using System.Text;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.SampleData;

namespace CchcGrpc.Tests.SampleData;

/// <summary>The embedded sample organisation: Tỉnh Đắk Nông as it was until 30 June 2025, and what it became.</summary>
public sealed class SampleOrganisationTests
{
    private static readonly DateOnly Founded = new(2004, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 6, 30);
    private static readonly DateOnly Merger = new(2025, 7, 1);

    private readonly SampleOrganisation organisation = SampleOrganisation.Load();

    [Fact]
    public void Dak_Nong_has_19_departments_8_districts_and_71_communes_as_its_2022_report_counts_them()
    {
        var tree = organisation.Hierarchy();
        var below = tree.DescendantsOf("67");

        Assert.Equal("Tỉnh Đắk Nông", tree["67"].Name);
        Assert.Equal(19, below.Count(u => u.Level == UnitLevel.Department));
        Assert.Equal(8, below.Count(u => u.Level == UnitLevel.District));
        Assert.Equal(71, below.Count(u => u.Level == UnitLevel.Commune));
        Assert.Contains(below, u => u.Name == "Sở Kế hoạch và Đầu tư");
        Assert.Contains(below, u => u.Name == "Ban Quản lý các khu công nghiệp tỉnh");
    }

    [Fact]
    public void The_districts_carry_GSO_codes_660_to_667()
    {
        var districts = organisation.Hierarchy().ChildrenOf("67").Where(u => u.Level == UnitLevel.District);

        Assert.Equal(
            [
                ("67.660", "Thành phố Gia Nghĩa"), ("67.661", "Huyện Đắk Glong"), ("67.662", "Huyện Cư Jút"), ("67.663", "Huyện Đắk Mil"),
                ("67.664", "Huyện Krông Nô"), ("67.665", "Huyện Đắk Song"), ("67.666", "Huyện Đắk R'Lấp"), ("67.667", "Huyện Tuy Đức"),
            ],
            districts.Select(d => (d.Code, d.Name)));
    }

    [Theory]
    [InlineData("67.660", 8)]
    [InlineData("67.661", 7)]
    [InlineData("67.662", 8)]
    [InlineData("67.663", 10)]
    [InlineData("67.664", 12)]
    [InlineData("67.665", 9)]
    [InlineData("67.666", 11)]
    [InlineData("67.667", 6)]
    public void Each_district_has_its_communes(string district, int communes) =>
        Assert.Equal(communes, organisation.Hierarchy().ChildrenOf(district).Count);

    [Fact]
    public void Gia_Nghia_has_its_real_wards_and_communes()
    {
        var names = organisation.Hierarchy().ChildrenOf("67.660").Select(u => u.Name);

        Assert.Equal(
            ["Phường Nghĩa Đức", "Phường Nghĩa Thành", "Phường Nghĩa Phú", "Phường Nghĩa Tân", "Phường Nghĩa Trung", "Xã Đắk R'Moan", "Phường Quảng Thành", "Xã Đắk Nia"],
            names);
    }

    [Fact]
    public void Every_unit_of_Dak_Nong_existed_from_its_founding_until_the_merger()
    {
        var dakNong = organisation.Hierarchy().DescendantsOf("67").Append(organisation.Hierarchy()["67"]);

        Assert.All(dakNong, u => Assert.Equal((Founded, (DateOnly?)LastDay), (u.ValidFrom, u.ValidTo)));
    }

    [Fact]
    public void Tinh_Lam_Dong_since_1_July_2025_came_from_Dak_Nong_Binh_Thuan_and_the_old_Lam_Dong()
    {
        var tree = organisation.Hierarchy();
        var lineage = organisation.LineageGraph();

        Assert.Equal(("Tỉnh Lâm Đồng", Merger, (DateOnly?)null), (tree["68"].Name, tree["68"].ValidFrom, tree["68"].ValidTo));
        Assert.Equal(["60", "67", "68-CU"], lineage.Predecessors("68").Order(StringComparer.Ordinal));
        Assert.All(lineage.Events.Where(e => e.ToCode == "68"), e => Assert.Equal(("Nghị quyết 202/2025/QH15", Merger), (e.Basis, e.EffectiveDate)));
        Assert.Empty(tree.ChildrenOf("60"));
        Assert.Empty(tree.ChildrenOf("68-CU"));
    }

    [Fact]
    public void The_Gia_Nghia_wards_merged_into_three_new_wards_of_Lam_Dong()
    {
        var lineage = organisation.LineageGraph();
        var tree = organisation.Hierarchy();
        var asOf2024 = new DateOnly(2024, 12, 14);

        Assert.Equal("Phường Bắc Gia Nghĩa", tree["68.24611"].Name);
        Assert.Equal(
            new[] { "Phường Nghĩa Đức", "Phường Nghĩa Thành", "Phường Quảng Thành", "Xã Đắk Ha" }.Order(StringComparer.Ordinal),
            lineage.ReportingUnitsFor("68.24611", asOf2024).Select(c => tree[c].Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["Phường Nghĩa Phú", "Phường Nghĩa Tân", "Xã Đắk R'Moan"],
            lineage.ReportingUnitsFor("68.24615", asOf2024).Select(c => tree[c].Name).Order(StringComparer.Ordinal));
        Assert.Equal(["68.24617"], lineage.Successors("67.660.24628"));
        Assert.Equal("68", tree["68.24611"].ParentCode);
    }

    [Fact]
    public void Districts_end_without_successors_because_the_district_level_was_abolished()
    {
        var lineage = organisation.LineageGraph();

        Assert.All(organisation.Hierarchy().ChildrenOf("67").Where(u => u.Level == UnitLevel.District), d => Assert.Empty(lineage.Successors(d.Code)));
    }

    [Fact]
    public void No_two_units_under_one_parent_share_a_name() =>
        Assert.All(organisation.Units.Where(u => u.Name != "Tỉnh Lâm Đồng").GroupBy(u => (u.ParentCode, u.Name)), g => Assert.Single(g));

    [Theory]
    [InlineData("""{"code":"67","name":"Tỉnh Đắk Nông","level":"region","parent":null,"validFrom":"2004-01-01","validTo":null}""", "malformed")]
    [InlineData("""{"code":"67","name":"Tỉnh Đắk Nông","level":"province","parent":null,"validFrom":"2004-01-01","validTo":null,"colour":"red"}""", "malformed")]
    [InlineData("""{"code":"67","name":"Tỉnh Đắk Nông","level":"province","parent":null,"validFrom":"2004-01-01"}""", "malformed")]
    [InlineData("""{"code":"67.660","name":"Thành phố Gia Nghĩa","level":"district","parent":"67","validFrom":"2004-01-01","validTo":null}""", "'67', which is not a known unit")]
    [InlineData("""{"code":"67","name":"Tỉnh Đắk Nông","level":"province","parent":null,"validFrom":"2025-07-01","validTo":"2025-06-30"}""", "before it starts")]
    public void A_broken_document_is_refused_with_the_reason(string unit, string reason)
    {
        var json = $$"""{"about":"test","provenance":{},"units":[{{unit}}],"lineage":[]}""";

        var error = Assert.Throws<InvalidDataException>(() => SampleOrganisation.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lineage_event_naming_an_unknown_unit_is_refused()
    {
        const string json = """
            {"about":"test","provenance":{},
             "units":[{"code":"67","name":"Tỉnh Đắk Nông","level":"province","parent":null,"validFrom":"2004-01-01","validTo":"2025-06-30"}],
             "lineage":[{"kind":"mergedInto","from":"67","to":"68","effective":"2025-07-01","basis":"Nghị quyết 202/2025/QH15"}]}
            """;

        var error = Assert.Throws<InvalidDataException>(() => SampleOrganisation.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("68", error.Message, StringComparison.Ordinal);
    }
}
