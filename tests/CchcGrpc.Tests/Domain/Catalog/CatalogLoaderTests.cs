using System.Text;
using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Tests.Domain.Catalog;

/// <summary>The loader refuses an inconsistent catalog and says everything that is wrong with it.</summary>
public class CatalogLoaderTests
{
    private static string Document(string indicators, string rules = "") => $$"""
        {
          "version": "test.1", "title": "t",
          "variants": [ { "id": "province", "level": "province", "sections": "roman", "name": "p", "source": "s" } ],
          "fields": [ { "field": "III", "name": "Cải cách thủ tục hành chính", "indicators": [ {{indicators}} ], "rules": [ {{rules}} ] } ]
        }
        """;

    private const string Dossiers = """
        { "code": "3", "type": "group", "name": "Kết quả giải quyết TTHC", "forms": { "province": "3" } },
        { "code": "3.1", "type": "percent", "unit": "%", "name": "Tỷ lệ", "forms": { "province": "3.1" }, "formula": "3.1.2 / 3.1.1 * 100" },
        { "code": "3.1.1", "type": "count", "unit": "Hồ sơ", "name": "Tổng", "forms": { "province": "3.1.1" } },
        { "code": "3.1.2", "type": "count", "unit": "Hồ sơ", "name": "Đúng hạn", "forms": { "province": "3.1.2" } }
        """;

    private static IndicatorCatalog Load(string json) => CatalogLoader.Parse(Encoding.UTF8.GetBytes(json));

    private static IReadOnlyList<string> Problems(string json) => Assert.Throws<CatalogFormatException>(() => Load(json)).Problems;

    [Fact]
    public void A_consistent_document_loads_and_its_hash_follows_its_bytes()
    {
        var first = Load(Document(Dossiers, """{ "id": "III.R1", "rule": "3.1.2 <= 3.1.1", "severity": "error", "message": "m" }"""));
        var second = Load(Document(Dossiers));

        Assert.Equal(4, first.Indicators.Count);
        Assert.Equal(["III.3.1.formula", "III.R1"], first.Rules.Select(r => r.Id));
        Assert.NotEqual(first.ContentHash, second.ContentHash);
    }

    [Fact]
    public void Duplicate_ids_missing_parents_and_unknown_references_are_all_reported()
    {
        var problems = Problems(Document(Dossiers + """
            , { "code": "3.1.2", "type": "count", "name": "again", "forms": { "province": "3.1.2" } }
            , { "code": "4.1", "type": "count", "name": "orphan", "forms": { "province": "4.1" }, "formula": "4.1.9 + 1" }
            """,
            """{ "id": "III.R1", "rule": "3.1.2 <= 3.9", "severity": "fatal", "message": "m" }"""));

        Assert.Contains("III.3.1.2: duplicate id", problems);
        Assert.Contains("III.4.1: parent III.4 is not in the catalog", problems);
        Assert.Contains("III.4.1: formula reads unknown indicator III.4.1.9", problems);
        Assert.Contains("rule III.R1: reads unknown indicator III.3.9", problems);
        Assert.Contains(problems, p => p.StartsWith("rule III.R1: unknown value 'fatal'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_that_does_not_parse_says_where()
    {
        var problems = Problems(Document(Dossiers, """{ "id": "III.R1", "rule": "3.1.2 <= (3.1.1", "severity": "error", "message": "m" }"""));

        Assert.Equal(["rule III.R1: Expected ')' but the rule ended at position 15 in '3.1.2 <= (3.1.1'"], problems);
    }

    [Fact]
    public void Choices_need_options_and_forms_must_be_known()
    {
        var problems = Problems(Document("""
            { "code": "1", "type": "choice", "name": "c", "options": "Chưa = 0", "forms": { "district": "1" } }
            """));

        Assert.Contains("III.1: a choice needs at least two options", problems);
        Assert.Contains("III.1: form variant 'district' is unknown or has no code", problems);
        Assert.Contains("III.1: applies to no level (no form prints it)", problems);
    }

    [Fact]
    public void A_misspelt_key_fails_the_load_instead_of_being_ignored()
    {
        var problems = Problems(Document(Dossiers.Replace("\"formula\"", "\"fromula\"")));

        Assert.Contains(problems, p => p.Contains("fromula"));
    }
}
