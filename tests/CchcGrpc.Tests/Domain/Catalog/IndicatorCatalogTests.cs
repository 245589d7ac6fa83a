using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Validation;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Catalog;

public class IndicatorCatalogTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.Current;

    [Fact]
    public void The_2022_catalog_is_versioned_and_hashed()
    {
        Assert.Equal("2022.1", Catalog.Version);
        Assert.Matches("^[0-9a-f]{64}$", Catalog.ContentHash);
        Assert.Equal($"\"2022.1-{Catalog.ContentHash[..16]}\"", Catalog.ETag);
        Assert.Equal(["province", "department"], Catalog.Variants.Select(v => v.Id));
        Assert.Equal(Fields.All, Catalog.Fields.Select(f => f.Field));
    }

    [Fact]
    public void Ids_are_the_field_numeral_and_the_code()
    {
        var onTime = Catalog["III.3.1.2"];

        Assert.Equal(Field.III, onTime.Field);
        Assert.Equal("3.1.2", onTime.Code);
        Assert.Equal("III.3.1", onTime.ParentId);
        Assert.Equal(IndicatorType.Count, onTime.Type);
        Assert.Equal("Hồ sơ", onTime.Unit);
        Assert.Same(onTime, Catalog.Find(Field.III, "3.1.2."));
        Assert.All(Catalog.Indicators, i => Assert.Equal($"{i.Field}.{i.Code}", i.Id));
    }

    [Fact]
    public void A_derived_percentage_carries_its_formula_and_is_recomputed_not_averaged()
    {
        var share = Catalog["III.3.1"];

        Assert.Equal("3.1.2 / 3.1.1 * 100", share.Formula);
        Assert.Equal(["III.3.1.2", "III.3.1.1"], share.FormulaExpression!.IndicatorIds());
        Assert.Equal(AggregationRule.RecomputeFromParts, share.Aggregation);
        Assert.Equal(AggregationRule.Sum, Catalog["III.3.1.1"].Aggregation);
        Assert.Equal(AggregationRule.Distribution, Catalog["VII.2"].Aggregation);
        Assert.Equal(AggregationRule.None, Catalog["IV.1.1"].Aggregation); // a share without parts
    }

    [Fact]
    public void Coded_choices_keep_their_options()
    {
        Assert.Equal([new(0, "Chưa có"), new(1, "2 cấp"), new ChoiceOption(2, "3 cấp")], Catalog["VII.2"].Options);
        Assert.Equal([new(0, "Trực tuyến"), new(1, "Phát phiếu"), new ChoiceOption(2, "Kết hợp")], Catalog["I.7.2"].Options);
        Assert.Equal([new(0, "Không"), new ChoiceOption(1, "Có")], Catalog["I.8"].Options);
        Assert.Equal(IndicatorType.YesNo, Catalog["I.8"].Type);
    }

    [Fact]
    public void Money_is_in_Ty_dong_with_a_plausible_range_for_a_province()
    {
        var plan = Catalog["VI.1.1"];

        Assert.Equal(IndicatorType.Money, plan.Type);
        Assert.Equal("Tỷ đồng", plan.Unit);
        Assert.Equal(new PlausibleRange(100, 200000), plan.Plausible[UnitLevel.Province]);
        Assert.Equal(new PlausibleRange(0, 100), Catalog["III.3.1"].Plausible[UnitLevel.Province]);
    }

    [Fact]
    public void Indicators_apply_to_the_levels_whose_forms_print_them()
    {
        // Districts and communes fill the province layout (alsoLevels) until their own forms are catalogued.
        Assert.Equal([UnitLevel.Province, UnitLevel.Department, UnitLevel.District, UnitLevel.Commune], Catalog["III.3.1"].Levels.Order());
        Assert.Equal([UnitLevel.Province, UnitLevel.District, UnitLevel.Commune], Catalog["III.3.1.1"].Levels.Order());
        Assert.Equal([UnitLevel.Department], Catalog["I.8"].Levels); // only the department form asks about dialogues
        Assert.Equal("3.4.1", Catalog["III.3.1"].FormCodeIn("department")!.Code);
        Assert.Equal("3.1", Catalog["III.3.1"].FormCodeIn("province")!.Code);
    }

    [Fact]
    public void Variant_codes_lead_back_to_indicators()
    {
        Assert.Equal(["III.3.1.2"], Catalog.FindByFormCode("province", "3.1.2", Field.III).Select(i => i.Id));
        Assert.Equal(["III.3.1"], Catalog.FindByFormCode("department", "3.4.1.").Select(i => i.Id));
        // The department form files some e-government rows under section 3.
        Assert.Equal(["VII.6.3.2"], Catalog.FindByFormCode("department", "3.2.2").Select(i => i.Id));
        Assert.Empty(Catalog.FindByFormCode("province", "3.1.2")); // province codes restart per Biểu
    }

    [Fact]
    public void Children_follow_the_code_tree()
    {
        Assert.Equal(["III.1.4.1", "III.1.4.2", "III.1.4.3"], Catalog.ChildrenOf("III.1.4").Select(i => i.Id));
        Assert.Equal(["VI.1", "VI.2"], Catalog.RootsOf(Field.VI).Select(i => i.Id));
        Assert.All(Catalog.Indicators.Where(i => i.ParentId is not null), i => Assert.True(Catalog.TryGet(i.ParentId!, out _)));
    }

    [Fact]
    public void Every_formula_is_also_a_rule_and_rules_are_found_by_what_they_read()
    {
        var formulas = Catalog.Indicators.Where(i => i.Formula is not null).ToList();

        Assert.Equal(19, formulas.Count);
        Assert.All(formulas, i => Assert.Contains(Catalog.Rules, r => r.Id == $"{i.Id}.formula" && r.DerivedIndicatorId == i.Id));
        Assert.Equal(["VII.6.4.formula", "VII.R6"], Catalog.RulesReading("VII.6.4.2").Select(r => r.Id));
        Assert.Equal(Severity.Error, Catalog.Rules.Single(r => r.Id == "VII.R6").Severity);
    }

    [Fact]
    public void Rules_apply_at_a_level_only_when_all_they_read_is_reported_there()
    {
        var department = Catalog.RulesFor(UnitLevel.Department).Select(r => r.Id).ToList();

        Assert.Contains("III.1.4.formula", department); // 3.1.3 and its three sub-rows are on the department form
        Assert.DoesNotContain("III.3.1.formula", department); // the department reports the share, not its parts
        Assert.Contains("II.R3", department);
    }
}
