using System.Text.Json;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.SampleData;

namespace CchcGrpc.Tests.SampleData;

/// <summary>Demo reports for 2023, 2024-H1 and 2024: deterministic, consistent, with a few mistakes planted on purpose.</summary>
public sealed class DemoDataGeneratorTests
{
    private static readonly SampleOrganisation Organisation = SampleOrganisation.Load();
    private static readonly DemoDataSet Data = Generate(DemoDataGenerator.DefaultSeed);
    private static readonly PeriodId Year2024 = PeriodId.ForYear(2024);
    private static readonly PeriodId FirstHalf2024 = PeriodId.FirstHalf(2024);

    [Fact]
    public void The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        Assert.Equal(Serialize(Data), Serialize(Generate(DemoDataGenerator.DefaultSeed)));
        Assert.NotEqual(Serialize(Data), Serialize(Generate(7)));
    }

    [Fact]
    public void Every_unit_that_existed_reports_for_each_period_except_the_one_that_sent_nothing()
    {
        // 67 + 19 sở/ban/ngành + 8 huyện + 71 xã, plus Bình Thuận and the old Lâm Đồng = 101 units until mid-2025.
        Assert.Equal(101, Data.Reports.Count(r => r.Period == PeriodId.ForYear(2023)));
        Assert.Equal(101, Data.Reports.Count(r => r.Period == FirstHalf2024));
        Assert.Equal(100, Data.Reports.Count(r => r.Period == Year2024));
        Assert.Null(Data.ReportOf("67.667.24736", Year2024));
        Assert.DoesNotContain(Data.Reports, r => r.UnitCode.StartsWith("68.", StringComparison.Ordinal) || r.UnitCode == "68");
    }

    [Fact]
    public void Each_level_gets_the_indicators_its_form_carries()
    {
        var commune = Data.ReportOf("67.660.24611", Year2024)!;  // Phường Nghĩa Đức
        var district = Data.ReportOf("67.665", Year2024)!;        // Huyện Đắk Song
        var department = Data.ReportOf("67.STP", Year2024)!;      // Sở Tư pháp
        var province = Data.ReportOf("67", Year2024)!;

        Assert.Equal(["I.1", "I.2.1", "I.2.2", "I.2", "III.3.3.1", "III.3.3.2", "III.3.3"], commune.Values.Select(v => v.IndicatorId));
        Assert.Contains(district.Values, v => v.IndicatorId == "III.3.2");
        Assert.DoesNotContain(district.Values, v => v.IndicatorId.StartsWith("III.3.3", StringComparison.Ordinal));
        Assert.Contains(department.Values, v => v.IndicatorId == "VII.2");
        Assert.Equal(DemoIndicator.Sample.Count, province.Values.Count);
    }

    [Fact]
    public void Parts_never_exceed_their_wholes_except_where_planted()
    {
        var planted = Planted(DemoProblemKind.PartExceedsWhole);
        foreach (var report in Data.Reports)
        {
            foreach (var (part, whole) in new[] { ("I.2.2", "I.2.1"), ("III.3.1.2", "III.3.1.1"), ("III.3.2.2", "III.3.2.1"), ("III.3.3.2", "III.3.3.1") })
            {
                if (report[part]?.Number is { } p && report[whole]?.Number is { } w && !planted.Contains((report.UnitCode, report.Period)))
                {
                    Assert.True(p <= w, $"{report.UnitCode} {report.Period}: {part} = {p} > {whole} = {w}");
                }
            }
        }
    }

    [Fact]
    public void Percentages_agree_with_their_parts_except_where_planted()
    {
        var planted = Planted(DemoProblemKind.PercentDisagreesWithParts);
        var checkedCells = 0;
        foreach (var report in Data.Reports.Where(r => !planted.Contains((r.UnitCode, r.Period))))
        {
            foreach (var (percent, part, whole) in new[] { ("I.2", "I.2.2", "I.2.1"), ("III.3.2", "III.3.2.2", "III.3.2.1"), ("III.3.3", "III.3.3.2", "III.3.3.1") })
            {
                if (report[percent]?.Number is { } share && report[part]?.Number is { } p && report[whole]?.Number is { } w)
                {
                    Assert.Equal(Math.Round(p / w * 100, 2, MidpointRounding.AwayFromZero), share);
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 300);
    }

    [Theory]
    [InlineData("III.3.2.2", UnitLevel.District)]
    [InlineData("III.3.3.1", UnitLevel.Commune)]
    public void Dak_Nongs_figures_for_its_districts_and_communes_are_the_sum_of_their_submitted_reports(string indicator, UnitLevel level)
    {
        foreach (var period in DemoDataGenerator.DefaultPeriods)
        {
            var below = Data.Reports.Where(r => r.Period == period && r.Level == level && r.FirstSubmittedAt is not null && r.UnitCode.StartsWith("67.", StringComparison.Ordinal));

            Assert.Equal(below.Sum(r => r[indicator]!.Number), Data.ReportOf("67", period)![indicator]!.Number);
        }
    }

    [Fact]
    public void Dak_Nongs_percentages_are_recomputed_from_the_summed_parts_and_its_own_figures_stay_its_own()
    {
        var province = Data.ReportOf("67", Year2024)!;
        var communes = Data.Reports.Where(r => r.Period == Year2024 && r.Level == UnitLevel.Commune && r.UnitCode.StartsWith("67.", StringComparison.Ordinal)).ToList();

        Assert.Equal(Math.Round(province["III.3.3.2"]!.Number!.Value / province["III.3.3.1"]!.Number!.Value * 100, 2, MidpointRounding.AwayFromZero), province["III.3.3"]!.Number);
        // I.1 counts the province's own directives, not its units'.
        Assert.NotEqual(communes.Sum(r => r["I.1"]?.Number ?? 0), province["I.1"]!.Number);
    }

    [Fact]
    public void Cells_are_typed_in_Vietnamese_notation()
    {
        var cells = Data.Reports.SelectMany(r => r.Values).ToList();
        var ambiguous = Data.Problems.Single(p => p.Kind == DemoProblemKind.AmbiguousNumber);
        var percents = new HashSet<string>(DemoIndicator.Sample.Where(i => i.Kind == DemoIndicatorKind.Percent).Select(i => i.Id));

        Assert.Contains(cells, v => v.Number >= 1000);
        Assert.All(cells.Where(v => v.Number >= 1000 && !percents.Contains(v.IndicatorId)), v => Assert.Matches(@"^\d{1,3}(\.\d{3})+$", v.RawText));
        Assert.All(
            cells.Where(v => percents.Contains(v.IndicatorId) && v.State == DemoValueState.Reported && v.RawText != Data.ReportOf(ambiguous.UnitCode, ambiguous.Period)![ambiguous.IndicatorIds[0]]!.RawText),
            v => Assert.Matches(@"^\d{1,3}(,\d{1,2})?%$", v.RawText));
        Assert.Contains(cells, v => v.State == DemoValueState.NotReported && v.RawText == "");
    }

    [Fact]
    public void The_planted_mistakes_are_where_the_plan_puts_them()
    {
        Assert.Equal(
            [
                (DemoProblemKind.PercentDisagreesWithParts, "67.660", "2023"),        // Thành phố Gia Nghĩa
                (DemoProblemKind.NotSubmitted, "67.661.24622", "2024-H1"),            // Xã Đắk Ha
                (DemoProblemKind.ChoiceOutOfRange, "67.SNV", "2024-H1"),              // Sở Nội vụ
                (DemoProblemKind.PartExceedsWhole, "67.665", "2024"),                 // Huyện Đắk Song
                (DemoProblemKind.LateSubmission, "67.667", "2024"),                   // Huyện Tuy Đức
                (DemoProblemKind.NoReport, "67.667.24736", "2024"),                   // Xã Quảng Trực
                (DemoProblemKind.AmbiguousNumber, "67.SYT", "2024"),                  // Sở Y tế
            ],
            Data.Problems.Select(p => (p.Kind, p.UnitCode, p.Period.Id)));
    }

    [Fact]
    public void Each_planted_value_mistake_can_be_seen_in_the_cells()
    {
        var dakSong = Data.ReportOf("67.665", Year2024)!;
        Assert.True(dakSong["I.2.2"]!.Number > dakSong["I.2.1"]!.Number);

        var giaNghia = Data.ReportOf("67.660", PeriodId.ForYear(2023))!;
        Assert.NotEqual(Math.Round(giaNghia["I.2.2"]!.Number!.Value / giaNghia["I.2.1"]!.Number!.Value * 100, 2), giaNghia["I.2"]!.Number);

        Assert.Equal(2m, Data.ReportOf("67.SNV", FirstHalf2024)!["VII.1"]!.Number);

        var ambiguous = Data.Problems.Single(p => p.Kind == DemoProblemKind.AmbiguousNumber);
        Assert.Matches(@"^\d{1,3}\.\d\d$", Data.ReportOf("67.SYT", Year2024)![ambiguous.IndicatorIds[0]]!.RawText);
    }

    [Fact]
    public void Completeness_finds_the_late_draft_and_missing_reports()
    {
        var calendar = ReportingCalendar.Default;
        var tree = Organisation.Hierarchy();

        var year = Assess(Year2024);
        var half = Assess(FirstHalf2024);

        Assert.Equal(["67.667"], year.Late);
        Assert.Equal(["67.667.24736"], year.Missing);
        Assert.Equal(["67.661.24622"], half.Missing);
        Assert.Empty(half.Late);
        Assert.Equal(96, year.OnTime.Count); // 98 expected, one missing, one late

        Server.Domain.Analytics.SubmissionCompleteness Assess(PeriodId period) =>
            Server.Domain.Analytics.SubmissionCompleteness.Assess(
                period,
                Server.Domain.Analytics.SubmissionCompleteness.ExpectedUnits(tree, "67", calendar.Schedule(period), [UnitLevel.Department, UnitLevel.District, UnitLevel.Commune]).Select(u => u.Code),
                Data.Reports.Where(r => r.Period == period).Select(r => new Server.Domain.Analytics.ReportSubmission(r.UnitCode, r.FirstSubmittedAt)),
                calendar);
    }

    [Fact]
    public void Indicators_that_refer_to_missing_ones_or_to_themselves_are_refused()
    {
        var generator = new DemoDataGenerator();

        Assert.Throws<ArgumentException>(() => generator.Generate(Organisation.Units, [DemoIndicator.Percent("I.2", "I.2.2", "I.2.1")], ReportingCalendar.Default));
        Assert.Throws<ArgumentException>(() => generator.Generate(Organisation.Units, [DemoIndicator.Count("A", "B"), DemoIndicator.Count("B", "A")], ReportingCalendar.Default));
        Assert.Throws<ArgumentException>(() => DemoIndicator.Choice("VII.1", []));
    }

    private static HashSet<(string, PeriodId)> Planted(DemoProblemKind kind) =>
        Data.Problems.Where(p => p.Kind == kind).Select(p => (p.UnitCode, p.Period)).ToHashSet();

    private static DemoDataSet Generate(int seed) =>
        new DemoDataGenerator(seed).Generate(Organisation.Units, DemoIndicator.Sample, ReportingCalendar.Default);

    private static string Serialize(DemoDataSet data) =>
        JsonSerializer.Serialize(data.Reports.Select(r => new { r.UnitCode, Period = r.Period.Id, r.FirstSubmittedAt, r.Values }));
}
