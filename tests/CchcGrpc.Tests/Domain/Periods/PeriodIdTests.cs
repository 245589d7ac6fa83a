using CchcGrpc.Server.Domain.Periods;

namespace CchcGrpc.Tests.Domain.Periods;

/// <summary>Canonical period ids: what parses, what it means, how it is titled, and what is refused and why.</summary>
public sealed class PeriodIdTests
{
    [Theory]
    [InlineData("2023", PeriodKind.Year, 0)]
    [InlineData("2023-H1", PeriodKind.HalfYear, 0)]
    [InlineData("2023-9M", PeriodKind.NineMonths, 0)]
    [InlineData("2023-Q1", PeriodKind.Quarter, 1)]
    [InlineData("2023-Q4", PeriodKind.Quarter, 4)]
    public void A_canonical_id_parses_and_formats_back_unchanged(string id, PeriodKind kind, int quarter)
    {
        var period = PeriodId.Parse(id);

        Assert.Equal((2023, kind, quarter), (period.Year, period.Kind, period.Quarter));
        Assert.Equal(id, period.Id);
        Assert.Equal(id, period.ToString());
    }

    [Theory]
    [InlineData("2022", "Năm 2022")]
    [InlineData("2022-H1", "6 tháng đầu năm 2022")]
    [InlineData("2023-9M", "9 tháng năm 2023")]
    [InlineData("2023-Q1", "Quý I năm 2023")]
    [InlineData("2023-Q2", "Quý II năm 2023")]
    [InlineData("2023-Q3", "Quý III năm 2023")]
    [InlineData("2023-Q4", "Quý IV năm 2023")]
    public void Labels_are_the_Vietnamese_titles_reports_carry(string id, string label) =>
        Assert.Equal(label, PeriodId.Parse(id).Label);

    [Theory]
    [InlineData("2023-q1", "phải viết hoa: '2023-Q1'")]
    [InlineData("2023-h1", "phải viết hoa: '2023-H1'")]
    [InlineData("2023-9m", "phải viết hoa: '2023-9M'")]
    [InlineData("2023-H2", "Không có kỳ 6 tháng cuối năm")]
    [InlineData("2023-6M", "Kỳ 6 tháng viết là '2023-H1'")]
    [InlineData("2023-Q5", "quý phải từ Q1 đến Q4")]
    [InlineData("2023-Q0", "quý phải từ Q1 đến Q4")]
    [InlineData("23-Q1", "năm phải có 4 chữ số")]
    [InlineData("Q1-2023", "năm phải có 4 chữ số")]
    [InlineData(" 2023", "khoảng trắng thừa")]
    [InlineData("2023-Q1 ", "khoảng trắng thừa")]
    [InlineData("", "Thiếu mã kỳ báo cáo")]
    [InlineData("2023-Q12", "quý phải từ Q1 đến Q4")]
    [InlineData("2023-", "dạng hợp lệ: 2023, 2023-H1, 2023-9M, 2023-Q1…2023-Q4")]
    [InlineData("1800", "năm phải từ 1900 đến 2999")]
    public void Anything_else_is_refused_with_a_message_that_says_what_was_meant(string text, string expected)
    {
        Assert.False(PeriodId.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);

        var thrown = Assert.Throws<FormatException>(() => PeriodId.Parse(text));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public void Null_is_refused_like_an_empty_id()
    {
        Assert.False(PeriodId.TryParse(null, out _, out var error));
        Assert.StartsWith("Thiếu mã kỳ báo cáo", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_values_equal_by_content()
    {
        Assert.Equal(PeriodId.ForQuarter(2023, 3), PeriodId.Parse("2023-Q3"));
        Assert.Equal(PeriodId.FirstHalf(2024), PeriodId.Of(2024, PeriodKind.HalfYear));
        Assert.NotEqual(PeriodId.ForYear(2023), PeriodId.ForYear(2024));
    }

    [Fact]
    public void The_periods_of_a_year_come_in_the_order_they_fall_due()
    {
        var shuffled = new[] { "2023", "2023-9M", "2022", "2023-Q4", "2023-H1", "2023-Q1", "2023-Q3", "2023-Q2", "2024-Q1" }.Select(PeriodId.Parse);

        Assert.Equal(
            ["2022", "2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-9M", "2023-Q4", "2023", "2024-Q1"],
            shuffled.Order().Select(p => p.Id));
        Assert.Equal(PeriodId.AllOf(2023), PeriodId.AllOf(2023).Order());
    }

    [Theory]
    [InlineData("2023", "2022")]
    [InlineData("2023-H1", "2022-H1")]
    [InlineData("2023-9M", "2022-9M")]
    [InlineData("2023-Q3", "2022-Q3")]
    public void The_previous_comparable_period_is_the_same_period_a_year_earlier(string period, string comparable) =>
        Assert.Equal(comparable, PeriodId.Parse(period).PreviousComparable().Id);

    [Theory]
    [InlineData("2023-Q3", "2023-Q2")]
    [InlineData("2023-Q1", "2022-Q4")]
    [InlineData("2023", "2022")]
    [InlineData("2023-H1", "2022-H1")]
    public void The_preceding_period_of_a_quarter_is_the_quarter_before(string period, string preceding) =>
        Assert.Equal(preceding, PeriodId.Parse(period).Preceding().Id);

    [Fact]
    public void Factories_refuse_impossible_periods()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodId.ForQuarter(2023, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodId.Of(2023, PeriodKind.Year, quarter: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodId.ForYear(1899));
    }

    [Fact]
    public void It_binds_as_a_standard_parsable_type()
    {
        Assert.Equal("2024-H1", ParseAs<PeriodId>("2024-H1").Id);

        static T ParseAs<T>(string text) where T : IParsable<T> => T.Parse(text, null);
    }
}
