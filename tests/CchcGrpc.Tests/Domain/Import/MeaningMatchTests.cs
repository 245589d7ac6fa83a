using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Import;

/// <summary>The matcher by meaning on its own, row by row: what agrees, what does not, and what a map file or a level changes.</summary>
public class MeaningMatchTests
{
    private static readonly IndicatorCatalog Catalog = CatalogLoader.Current;

    private static IReadOnlyList<RowMatch> Match(UnitLevel level, MapRuleSet? rules, params FormRow[] rows) =>
        new FormRowMatcher(Catalog, MatchScope.For(Catalog, MatchScope.AnyForm, level), rules).Match(rows);

    [Theory]
    [InlineData("Số nhiệm vụ chưa hoàn thành")]              // a negation turns the meaning round
    [InlineData("Tỷ lệ hồ sơ TTHC giải quyết quá hạn")]       // "quá hạn" is not "kết quả"
    [InlineData("Số TTHC đang cung cấp trực tuyến mức độ 5")] // no such level: as like 3 as 4, so not either
    [InlineData("Kinh phí bố trí cho công tác CCHC")]
    public void A_label_the_catalog_does_not_have_is_not_mapped_whatever_its_code(string label)
    {
        var match = Assert.Single(Match(UnitLevel.District, null, new FormRow("2.2.", label, "", "7", "")));
        Assert.Null(match.Indicator);
        Assert.True(match.Kind is RowMatchKind.Unmatched or RowMatchKind.Ambiguous, match.Kind.ToString());
    }

    [Fact]
    public void Levels_units_and_online_service_levels_must_agree_however_many_words_two_labels_share()
    {
        var index = LabelIndex.For(Catalog, ["province"]);
        var row = index.Phrases("Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn");
        Assert.Equal(1.0, index.Score(row, Catalog["III.3.3"]), 3);
        Assert.True(index.Score(row, Catalog["III.3.2"]) <= Phrase.AcrossContrast);
        Assert.True(index.Score(index.Phrases("Số TTHC đang cung cấp trực tuyến mức độ 3"), Catalog["VII.6.2.2"]) <= Phrase.AcrossContrast);
    }

    [Fact]
    public void Written_without_accents_a_label_still_agrees()
    {
        var match = Assert.Single(Match(UnitLevel.Province, null, new FormRow("", "So TTHC lien thong giua cac cap chinh quyen", "Thu tuc", "90", "")));
        Assert.Equal("III.2.2", match.Indicator?.Id);
    }

    [Fact]
    public void A_map_rule_decides_before_the_meaning_the_most_specific_rule_winning()
    {
        var rules = new MapRuleSet(
        [
            new MapRule(null, "", "Tổng số biên chế được giao trong năm", "", "IV.3.1", 3),
            new MapRule(Field.IV, "", "Tổng số biên chế được giao trong năm", "Biên chế công chức", "IV.2.1", 4),
            new MapRule(null, "9", "", "", null, 5),
        ]);

        var matches = Match(UnitLevel.District, rules,
            new FormRow("I", "Biên chế công chức", "", "", "", "Phụ lục 4 Cải cách tổ chức bộ máy"),
            new FormRow("1", "Tổng số biên chế được giao trong năm", "Người", "88", "", "Phụ lục 4 Cải cách tổ chức bộ máy"),
            new FormRow("II", "Biên chế viên chức", "", "", "", "Phụ lục 4 Cải cách tổ chức bộ máy"),
            new FormRow("1", "Tổng số biên chế được giao trong năm", "Người", "312", "", "Phụ lục 4 Cải cách tổ chức bộ máy"),
            new FormRow("9", "Số sáng kiến", "Sáng kiến", "2", "", "Phụ lục 4 Cải cách tổ chức bộ máy"));

        Assert.Equal([("IV.2.1", RowMatchKind.Rule), ("IV.3.1", RowMatchKind.Rule), (null, RowMatchKind.Ignored)],
            new[] { matches[1], matches[3], matches[4] }.Select(m => (m.Indicator?.Id, m.Kind)));
    }

    [Theory]
    [InlineData("Số sở, ngành đã kiểm tra", UnitLevel.District, "sở, ngành")]
    [InlineData("Số ĐVSNCL thuộc UBND tỉnh", UnitLevel.District, "UBND tỉnh")]
    [InlineData("Số VBQPPL do cấp huyện ban hành", UnitLevel.Commune, "cấp huyện")]
    [InlineData("Số VBQPPL do cấp huyện ban hành", UnitLevel.District, null)]
    [InlineData("Tỷ lệ UBND cấp huyện đã kết nối, liên thông với UBND tỉnh", UnitLevel.District, null)] // the province is a partner here
    [InlineData("Số TTHC cấp xã", UnitLevel.Commune, null)]
    public void A_row_counts_units_above_its_level_only_when_it_names_them_as_what_it_counts(string label, UnitLevel level, string? above) =>
        Assert.Equal(above, LevelScope.UnitsAbove(label, level));

    [Fact]
    public void Dossiers_a_commune_resolved_are_its_own_not_the_departments_or_the_districts_it_cannot_have()
    {
        // The province form prints the same two wordings under sở, ngành (3.1), UBND cấp huyện (3.2) and UBND cấp xã (3.3).
        FormRow[] rows = [new("6.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", "300", ""), new("6.2", "Số hồ sơ TTHC giải quyết đúng hạn", "Hồ sơ", "310", "")];

        Assert.Equal(["III.3.3.1", "III.3.3.2"], Match(UnitLevel.Commune, null, rows).Select(m => m.Indicator?.Id));
        // A district may count its communes' dossiers as well as its own: still undecided there, and at the province.
        Assert.All(Match(UnitLevel.District, null, rows), m => Assert.Equal(RowMatchKind.Ambiguous, m.Kind));
        Assert.All(Match(UnitLevel.Province, null, rows), m => Assert.Equal(RowMatchKind.Ambiguous, m.Kind));
    }
}
