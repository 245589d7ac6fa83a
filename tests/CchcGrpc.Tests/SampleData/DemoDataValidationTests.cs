using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Validation;
using CchcGrpc.Server.SampleData;

namespace CchcGrpc.Tests.SampleData;

/// <summary>
/// The demo data through the real catalog's validation: the planted mistakes are found, and nothing
/// else is — so the demo shows reviewers exactly the problems it was built to show.
/// </summary>
public sealed class DemoDataValidationTests
{
    private static readonly DemoDataSet Data =
        new DemoDataGenerator().Generate(SampleOrganisation.Load().Units, DemoIndicator.Sample, ReportingCalendar.Default);

    private static readonly ReportValidator Validator = new(CatalogLoader.Current);

    [Fact]
    public void Every_sample_indicator_is_in_the_catalog_on_the_levels_it_is_generated_for()
    {
        foreach (var demo in DemoIndicator.Sample)
        {
            var indicator = CatalogLoader.Current[demo.Id];
            Assert.All(demo.Levels, level => Assert.True(indicator.AppliesTo(level), $"{demo.Id} is not on the {level} form"));
        }
    }

    [Fact]
    public void Validation_finds_the_planted_mistakes_and_nothing_else()
    {
        var found = Data.Reports
            .SelectMany(r => Validator.Validate(r.Level, r.RawValues()).Findings.Select(f => (r.UnitCode, Period: r.Period.Id, f.Kind, Indicator: f.IndicatorIds[0])))
            .ToList();

        Assert.Equal(
            [
                ("67.660", "2023", FindingKind.RuleFailed, "I.2"),          // Thành phố Gia Nghĩa: 95,5% but 100% from its parts
                ("67.SNV", "2024-H1", FindingKind.InvalidChoice, "VII.1"),  // Sở Nội vụ: code 2 for "Chưa = 0, Hoàn thành = 1"
                ("67.665", "2024", FindingKind.RuleFailed, "I.2.2"),        // Huyện Đắk Song: more tasks done than planned…
                ("67.665", "2024", FindingKind.ImplausibleValue, "I.2"),    // …so over 100 % done
                ("67.SYT", "2024", FindingKind.AmbiguousNumber, "III.3.1"), // Sở Y tế: a percentage typed with a dot
            ],
            found.OrderBy(f => f.Period == "2023" ? 0 : f.Period == "2024-H1" ? 1 : 2).ThenBy(f => f.UnitCode, StringComparer.Ordinal).ThenBy(f => f.Kind));
    }
}
