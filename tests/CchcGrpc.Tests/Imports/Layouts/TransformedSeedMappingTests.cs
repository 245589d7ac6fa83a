using System.Globalization;
using System.Text;
using CchcGrpc.Server.Domain.Import;
using CchcGrpc.Tests.Seeds;
using Xunit.Abstractions;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>
/// The two shared seed appendices transformed into the layouts real reports come in (Phụ lục titles,
/// glued titles, renumbering, roman groups, tables split over pages with repeated headers and stray
/// lines, reordered forms, wrapped labels, multi-line choices, parts under "Trong đó"…): for every
/// transformed document, each value must land on the indicator it lands on in the seed as printed
/// (precision: no value ever on a wrong indicator), and at least 95% of them must land at all
/// (recall). The table is printed in the test output (dotnet test --logger "console;verbosity=detailed").
/// </summary>
public sealed class TransformedSeedMappingTests(ITestOutputHelper output)
{
    private const double RecallTarget = 0.95;

    private static readonly (string Seed, string Text, IReadOnlyList<LayoutTable> Tables, UnitLevel Level, string As)[] Seeds =
    [
        (SeedFiles.ProvinceAnnual2022, Read(SeedFiles.ProvinceAnnual2022), SeedLayouts.Province, UnitLevel.Province, "province"),
        (SeedFiles.DepartmentHalfYear2022, Read(SeedFiles.DepartmentHalfYear2022), SeedLayouts.Department, UnitLevel.Department, "department"),
        // A district has no form of its own: its rows are compared with every form's labels.
        (SeedFiles.ProvinceAnnual2022, Read(SeedFiles.ProvinceAnnual2022), SeedLayouts.Province, UnitLevel.District, "province as a district"),
    ];

    [Fact]
    public void Every_transformed_document_puts_no_value_on_a_wrong_indicator_and_maps_at_least_95_percent()
    {
        var scores = Score(MatchThresholds.Default);
        output.WriteLine(Table(scores));
        foreach (var s in scores.Where(s => s.Wrong > 0 || s.Recall < RecallTarget))
        {
            output.WriteLine($"{s.Document}:\n  {string.Join("\n  ", s.Mistakes.Concat(s.Misses))}");
        }
        Assert.All(scores, s => Assert.True(s.Wrong == 0, $"{s.Document}: {string.Join("; ", s.Mistakes)}"));
        Assert.All(scores, s => Assert.True(s.Recall >= RecallTarget, $"{s.Document}: recall {s.Recall:P1}"));
    }

    [Fact]
    public void The_seeds_as_printed_map_every_value()
    {
        // 119 rows of the province's Biểu carry something; one of them, II.1, only its unit.
        Assert.Equal(118, MappingScore.Truth(Seeds[0].Text, Seeds[0].Seed, UnitLevel.Province).Count);
        Assert.Equal(106, MappingScore.Truth(Seeds[1].Text, Seeds[1].Seed, UnitLevel.Department).Count);
    }

    // About 100 s: every document scored under eight thresholds. The default thresholds' zero wrong
    // values are checked in the default run by the test above.
    [LongFact]
    [Trait("Category", "Long")]
    public void The_default_thresholds_put_no_value_on_a_wrong_indicator_nor_do_higher_acceptances_or_other_tie_margins()
    {
        // How the thresholds were chosen: totals over every document for each acceptance and tie margin tried.
        var sweep = new StringBuilder("| accept | tie margin | wrong | missed | recall |\n|---:|---:|---:|---:|---:|\n");
        var wrongAt = new Dictionary<(double Accept, double Margin), int>();
        foreach (var (accept, margin) in SweptAccepts.Select(a => (a, MatchThresholds.DefaultTieMargin)).Concat(SweptMargins.Select(m => (MatchThresholds.DefaultAccept, m))).Distinct())
        {
            var scores = Score(MatchThresholds.Default with { Accept = accept, TieMargin = margin });
            var (values, correct, wrong) = (scores.Sum(s => s.Values), scores.Sum(s => s.Correct), scores.Sum(s => s.Wrong));
            wrongAt[(accept, margin)] = wrong;
            sweep.Append(CultureInfo.InvariantCulture, $"| {accept:0.00} | {margin:0.00} | {wrong} | {values - correct} | {(double)correct / values:P2} |\n");
        }
        output.WriteLine(sweep.ToString());
        Assert.Equal(0, wrongAt[(MatchThresholds.DefaultAccept, MatchThresholds.DefaultTieMargin)]);
        Assert.All(wrongAt.Where(w => w.Key.Accept >= MatchThresholds.DefaultAccept), w => Assert.Equal(0, w.Value));
    }

    private static readonly double[] SweptAccepts = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85];

    private static readonly double[] SweptMargins = [0.02, 0.05, 0.08];

    private static List<MappingScore> Score(MatchThresholds thresholds) =>
    [
        .. Seeds.SelectMany(seed =>
        {
            var truth = MappingScore.Truth(seed.Text, seed.Seed, seed.Level);
            return LayoutCatalog.All().Select(layout =>
            {
                var document = LayoutRenderer.Render(seed.Seed, LayoutTransforms.Apply(seed.Tables, layout), layout);
                var score = MappingScore.Of(document, truth, seed.Level, thresholds);
                return score with { Document = $"{seed.As}: {layout.Name}" };
            });
        }),
    ];

    private static string Table(IReadOnlyList<MappingScore> scores)
    {
        var text = new StringBuilder("| document | values | correct | wrong | missed | precision | recall |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var s in scores)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {s.Document} | {s.Values} | {s.Correct} | {s.Wrong} | {s.Missed} | {s.Precision:P1} | {s.Recall:P1} |\n");
        }
        var (values, correct, wrong) = (scores.Sum(s => s.Values), scores.Sum(s => s.Correct), scores.Sum(s => s.Wrong));
        text.Append(CultureInfo.InvariantCulture, $"| all {scores.Count} documents | {values} | {correct} | {wrong} | {values - correct} | {(double)correct / Math.Max(1, correct + wrong):P2} | {(double)correct / values:P2} |\n");
        return text.ToString();
    }

    private static string Read(string seed) => File.ReadAllText(SeedFiles.PathOf(seed));
}
