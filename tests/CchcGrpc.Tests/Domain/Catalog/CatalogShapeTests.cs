using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Tests.Domain.Catalog;

/// <summary>The catalog as a whole: how many rows each form has, and the numbering faults of the seed forms.</summary>
public class CatalogShapeTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.Current;

    [Fact]
    public void Counts_per_form()
    {
        Assert.Equal(171, Catalog.Indicators.Count);
        Assert.Equal(137, Catalog.Indicators.Count(i => i.Forms.ContainsKey("province")));
        Assert.Equal(114, Catalog.Indicators.Count(i => i.Forms.ContainsKey("department")));
        Assert.Equal(34, Catalog.Indicators.Count(i => !i.Forms.ContainsKey("province")));
    }

    [Fact]
    public void Bieu_4_numbers_both_staffing_blocks_2_to_2_5()
    {
        var collisions = Catalog.Collisions.Where(c => c.Variant == "province").ToList();

        Assert.All(collisions, c => Assert.Equal(Field.IV, c.Section));
        Assert.Equal(["2", "2.1", "2.2", "2.3", "2.4", "2.5"], collisions.Select(c => c.PrintedCode));
        Assert.Equal(["IV.2.1", "IV.3.1"], collisions.Single(c => c.PrintedCode == "2.1").IndicatorIds);
    }

    [Fact]
    public void The_department_form_numbers_the_rows_under_1_2_as_1_1_x()
    {
        var collisions = Catalog.Collisions.Where(c => c.Variant == "department").ToList();

        Assert.Equal(["1.1.1", "1.1.2", "1.1.3"], collisions.Select(c => c.PrintedCode));
        Assert.Equal(["I.2.1", "I.3.1"], collisions[0].IndicatorIds);
        Assert.Equal(["I.1", "I.3.3.1"], collisions[2].IndicatorIds);
        // 1.1.4 is printed once, but it is still the fourth row under 1.2.
        var lastUnder12 = Catalog["I.3.3.2"].FormCodeIn("department")!;
        Assert.Equal(("1.2.4", "1.1.4"), (lastUnder12.Code, lastUnder12.PrintedCode));
    }

    [Fact]
    public void Rows_the_department_form_prints_without_a_code_get_one_under_their_row()
    {
        var uncoded = Catalog.Indicators.Select(i => i.FormCodeIn("department")).Where(f => f is { IsUncoded: true }).Select(f => f!.Code);

        Assert.Equal(["3.1.3.1", "3.1.3.2", "3.1.3.3", "4.1.4.1", "4.1.4.2", "4.1.4.3", "4.1.4.4",
            "7.6.1.1", "7.6.1.2", "7.6.1.3", "7.6.2.1", "7.6.2.2"], uncoded.Order());
    }

    [Fact]
    public void Names_are_unique_within_a_field_except_where_forms_reuse_them_on_purpose()
    {
        var repeated = Catalog.Indicators.GroupBy(i => (i.Field, i.Name)).Where(g => g.Count() > 1).Select(g => g.Key.Name);

        Assert.Equal(["Số VBQPPL có kiến nghị xử lý đã được xử lý xong"], repeated);
    }
}
