using CchcGrpc.Server.Domain.Analytics;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Tests.Domain.Units;

namespace CchcGrpc.Tests.Domain.Analytics;

/// <summary>Who owed a report, who sent it, who was late and who is missing.</summary>
public sealed class SubmissionCompletenessTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly UnitLevel[] DistrictsAndCommunes = [UnitLevel.District, UnitLevel.Commune];

    [Fact]
    public void Districts_and_communes_of_Dak_Nong_for_2024_split_into_on_time_late_and_missing()
    {
        var year2024 = PeriodId.ForYear(2024);
        var expected = new[] { "67.660", "67.661", "67.660.24611", "67.660.24612", "67.661.24622" };
        var submissions = new ReportSubmission[]
        {
            new("67.660", new DateTimeOffset(2024, 12, 16, 9, 0, 0, Vietnam)),
            new("67.661", new DateTimeOffset(2024, 12, 20, 10, 0, 0, Vietnam)),      // two days late
            new("67.660.24611", new DateTimeOffset(2024, 12, 18, 22, 0, 0, Vietnam)),
            new("67.660.24612", null),                                              // still a draft
        };

        var result = SubmissionCompleteness.Assess(year2024, expected, submissions, ReportingCalendar.Default);

        Assert.Equal(["67.660", "67.660.24611", "67.660.24612", "67.661", "67.661.24622"], result.Expected);
        Assert.Equal(["67.660", "67.660.24611", "67.661"], result.Reported);
        Assert.Equal(["67.660", "67.660.24611"], result.OnTime);
        Assert.Equal(["67.661"], result.Late);
        Assert.Equal(["67.660.24612", "67.661.24622"], result.Missing);
        Assert.Empty(result.Unexpected);
        Assert.Equal(60m, result.ReportedPercent);
    }

    [Fact]
    public void A_unit_with_several_reports_counts_once_by_its_earliest_submission()
    {
        var result = SubmissionCompleteness.Assess(PeriodId.FirstHalf(2024), ["67.SNV"],
        [
            new("67.SNV", new DateTimeOffset(2024, 6, 25, 8, 0, 0, Vietnam)),
            new("67.SNV", new DateTimeOffset(2024, 6, 17, 8, 0, 0, Vietnam)),
        ], ReportingCalendar.Default);

        Assert.Equal(["67.SNV"], result.OnTime);
        Assert.Empty(result.Late);
    }

    [Fact]
    public void A_report_from_a_unit_nobody_expected_is_listed_apart()
    {
        var result = SubmissionCompleteness.Assess(PeriodId.ForYear(2025), ["68"],
            [new("67", new DateTimeOffset(2025, 12, 10, 8, 0, 0, Vietnam))], ReportingCalendar.Default);

        Assert.Equal(["67"], result.Unexpected);
        Assert.Equal(["68"], result.Missing);
        Assert.Empty(result.Reported);
    }

    [Fact]
    public void Nothing_expected_gives_no_percentage() =>
        Assert.Null(SubmissionCompleteness.Assess(PeriodId.ForYear(2024), [], [], ReportingCalendar.Default).ReportedPercent);

    [Fact]
    public void Expected_units_are_those_of_the_reporting_levels_that_existed_at_the_cut_off()
    {
        var tree = new UnitHierarchy(MergerOf2025.Units);
        var calendar = ReportingCalendar.Default;

        var for2024 = SubmissionCompleteness.ExpectedUnits(tree, "67", calendar.Schedule(PeriodId.ForYear(2024)), DistrictsAndCommunes);
        var for2025 = SubmissionCompleteness.ExpectedUnits(tree, null, calendar.Schedule(PeriodId.ForYear(2025)), [UnitLevel.Province]);
        var forH1 = SubmissionCompleteness.ExpectedUnits(tree, null, calendar.Schedule(PeriodId.FirstHalf(2025)), [UnitLevel.Province]);

        Assert.Equal(["67.660", "67.660.24611", "67.660.24612", "67.660.24619", "67.661", "67.661.24622"], for2024.Select(u => u.Code));
        Assert.Equal(["68"], for2025.Select(u => u.Code));
        Assert.Equal(["60", "67", "68-CU"], forH1.Select(u => u.Code));
    }
}
