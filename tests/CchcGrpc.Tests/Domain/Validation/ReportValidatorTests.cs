using System.Text;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Validation;

using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Validation;

/// <summary>Validator behaviour on small hand-made reports, using real seed numbers where they fit.</summary>
public class ReportValidatorTests
{
    private static readonly ReportValidator Real = new(CatalogLoader.Current);

    private static ValidationResult Province(params (string Id, string Raw)[] cells) =>
        Real.Validate(UnitLevel.Province, cells.ToDictionary(c => c.Id, c => (string?)c.Raw));

    // A catalog of the Biểu 1 task rows with one rule per missing-value policy.
    private static readonly ReportValidator Policies = new(CatalogLoader.Parse(Encoding.UTF8.GetBytes("""
        {
          "version": "test.1", "title": "t",
          "variants": [ { "id": "province", "level": "province", "sections": "roman", "name": "p", "source": "s" } ],
          "fields": [ { "field": "I", "name": "Công tác chỉ đạo điều hành CCHC", "indicators": [
            { "code": "5", "type": "group", "name": "Thực hiện nhiệm vụ", "forms": { "province": "5" } },
            { "code": "5.1", "type": "count", "unit": "Nhiệm vụ", "name": "Tổng số nhiệm vụ được giao", "forms": { "province": "5.1" } },
            { "code": "5.2", "type": "count", "unit": "Nhiệm vụ", "name": "Đúng hạn", "forms": { "province": "5.2" } },
            { "code": "5.3", "type": "count", "unit": "Nhiệm vụ", "name": "Quá hạn", "forms": { "province": "5.3" } } ],
            "rules": [
              { "id": "skip", "rule": "5.2 + 5.3 <= 5.1", "severity": "error", "missing": "skip", "message": "Bỏ qua." },
              { "id": "zero", "rule": "5.2 + 5.3 <= 5.1", "severity": "error", "missing": "zero", "message": "Coi như 0." },
              { "id": "flag", "rule": "5.2 + 5.3 <= 5.1", "severity": "warning", "missing": "flag", "message": "Bắt buộc." } ] } ]
        }
        """)));

    [Fact]
    public void Missing_values_are_skipped_read_as_zero_or_flagged_as_each_rule_says()
    {
        // 143 tasks, 101 on time, the late count left empty.
        var result = Policies.Validate(UnitLevel.Province, new Dictionary<string, string?> { ["I.5.1"] = "143", ["I.5.2"] = "101" });
        var flagged = Assert.Single(result.Findings);

        Assert.Equal(("flag", FindingKind.MissingValue, Severity.Warning), (flagged.CheckId, flagged.Kind, flagged.Severity));
        Assert.Equal(["I.5.3"], flagged.IndicatorIds);
    }

    [Fact]
    public void Read_as_zero_still_catches_a_part_above_its_whole()
    {
        var result = Policies.Validate(UnitLevel.Province, new Dictionary<string, string?> { ["I.5.1"] = "143", ["I.5.2"] = "150" });

        Assert.Equal(["flag", "zero"], result.Findings.Select(f => f.CheckId).Order());
    }

    [Fact]
    public void Not_applicable_skips_a_rule_whatever_its_policy()
    {
        var result = Policies.Validate(UnitLevel.Province, new Dictionary<string, string?> { ["I.5.1"] = "/", ["I.5.2"] = "101" });

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Counts_must_be_whole_choices_must_be_options_and_percent_signs_belong_to_percentages()
    {
        var result = Province(("III.3.1.1", "77.251,5"), ("VII.2", "3"), ("III.1.2", "89%"));

        Assert.Equal([
            (CheckIds.Choice, "VII.2"), (CheckIds.Count, "III.3.1.1"), (CheckIds.PercentSign, "III.1.2"),
        ], result.Findings.Select(f => (f.CheckId, f.IndicatorIds[0])).Order());
        Assert.Contains("Chưa có = 0, 2 cấp = 1, 3 cấp = 2", result.About("VII.2")[0].Message);
    }

    [Fact]
    public void A_percentage_above_100_is_implausible()
    {
        var finding = Assert.Single(Province(("VII.3", "110%")).Findings);

        Assert.Equal((FindingKind.ImplausibleValue, Severity.Warning), (finding.Kind, finding.Severity));
    }

    [Fact]
    public void Unknown_ids_and_rows_not_on_the_unit_form_are_reported()
    {
        var result = Real.Validate(UnitLevel.Department, new Dictionary<string, string?> { ["IX.1"] = "5", ["III.3.1.1"] = "77.251" });

        Assert.Equal([FindingKind.NotOnForm, FindingKind.UnknownIndicator], result.Findings.Select(f => f.Kind).Order());
        Assert.True(result.BlocksSubmit);
    }

    [Fact]
    public void Empty_derived_cells_are_filled_from_their_parts_and_chains_resolve()
    {
        var entered = new Dictionary<string, CellValue>
        {
            ["III.1.4.1"] = VietnameseNumber.Parse("1.599"),
            ["III.1.4.2"] = VietnameseNumber.Parse("196"),
            ["III.1.4.3"] = VietnameseNumber.Parse("114"),
            ["III.3.1.1"] = VietnameseNumber.Parse("77.251"),
            ["III.3.1.2"] = VietnameseNumber.Parse("77.046"),
        };

        var filled = DerivedValues.Fill(CatalogLoader.Current, UnitLevel.Province, entered);

        Assert.Equal(1909m, filled["III.1.4"].Value);
        Assert.Equal("99,73%", filled["III.3.1"].Raw);
        Assert.Equal(CellKind.Percent, filled["III.3.1"].Kind);
    }

    [Fact]
    public void A_share_written_with_more_decimals_gets_less_slack()
    {
        // 522 / 923 = 56,555%: 57% passes within rounding, 57,0% does not.
        var whole = Province(("VII.6.3", "57%"), ("VII.6.3.1", "923"), ("VII.6.3.2", "522"));
        var precise = Province(("VII.6.3", "57,0%"), ("VII.6.3.1", "923"), ("VII.6.3.2", "522"));

        Assert.Empty(whole.Findings);
        Assert.Equal("VII.6.3.formula", Assert.Single(precise.Findings).CheckId);
    }
}
