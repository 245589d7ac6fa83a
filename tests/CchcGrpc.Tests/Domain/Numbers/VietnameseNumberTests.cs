using CchcGrpc.Server.Domain.Numbers;

namespace CchcGrpc.Tests.Domain.Numbers;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("15", 15)]
    [InlineData("1.909", 1909)]                // III 1.4: a dot groups thousands
    [InlineData("425.682", 425682)]            // VII 6.4.1
    [InlineData("2.584.631", 2584631)]         // VI 1.1
    [InlineData("01", 1)]                      // department rows keep leading zeros
    [InlineData("06", 6)]
    [InlineData("0", 0)]
    [InlineData(" 354 ", 354)]
    public void Dots_group_thousands(string raw, int expected)
    {
        var cell = VietnameseNumber.Parse(raw);

        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal(expected, cell.Value);
        Assert.Equal(raw, cell.Raw);
    }

    [Theory]
    [InlineData("99,73%", "99.73", 2)]         // III 3.1
    [InlineData("70,5%", "70.5", 1)]           // VI 1
    [InlineData("100%", "100", 0)]
    [InlineData("57%", "57", 0)]
    [InlineData("1.234,5%", "1234.5", 1)]
    public void Comma_is_the_decimal_mark_and_percent_is_kept(string raw, string expected, int decimals)
    {
        var cell = VietnameseNumber.Parse(raw);

        Assert.Equal(CellKind.Percent, cell.Kind);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cell.Value);
        Assert.Equal(decimals, cell.Decimals);
        Assert.True(cell.HasPercentSign);
    }

    [Fact]
    public void Slash_is_not_applicable_and_empty_is_not_reported_and_neither_is_zero()
    {
        var slash = VietnameseNumber.Parse("/");
        var empty = VietnameseNumber.Parse("");
        var blank = VietnameseNumber.Parse("   ");

        Assert.Equal(CellKind.NotApplicable, slash.Kind);
        Assert.Equal(CellKind.NotReported, empty.Kind);
        Assert.Equal(CellKind.NotReported, blank.Kind);
        Assert.Null(slash.Value);
        Assert.Null(empty.Value);
    }

    [Fact]
    public void Forty_two_point_ninety_five_is_ambiguous_with_both_readings_and_no_value()
    {
        // VII 6.4.2 of the province report: a group of two digits is not Vietnamese grouping.
        var cell = VietnameseNumber.Parse("42.95");

        Assert.Equal(CellKind.Ambiguous, cell.Kind);
        Assert.Null(cell.Value);
        Assert.Equal([42.95m, 42950m], cell.Readings.Select(r => r.Value));
        Assert.Contains("42,95", cell.Readings[0].Explanation);
        Assert.Contains("42.95?", cell.Readings[1].Explanation);
    }

    [Theory]
    [InlineData("1,500", 1.5, 1500)]           // Vietnamese 1,5 or English 1,500
    [InlineData("1234.567", 1234.567, 1234567)] // English decimal or misplaced grouping
    public void Other_two_way_numbers_are_ambiguous(string raw, double first, double second)
    {
        var cell = VietnameseNumber.Parse(raw);

        Assert.Equal(CellKind.Ambiguous, cell.Kind);
        Assert.Equal([(decimal)first, (decimal)second], cell.Readings.Select(r => r.Value));
    }

    [Fact]
    public void A_leading_zero_before_the_comma_is_a_plain_decimal()
    {
        Assert.Equal(0.125m, VietnameseNumber.Parse("0,125").Value);
    }

    [Fact]
    public void Text_in_a_number_cell_is_kept_with_the_number_found()
    {
        // Department report, 1.1.2 Số nhiệm vụ đã hoàn thành.
        var cell = VietnameseNumber.Parse("Đang triển khai 06");

        Assert.Equal(CellKind.Text, cell.Kind);
        Assert.Null(cell.Value);
        Assert.Equal(6m, cell.NumberInText);
        Assert.Equal("Đang triển khai 06", cell.Raw);
    }

    [Fact]
    public void Two_numbers_split_by_a_slash_are_composite()
    {
        var cell = VietnameseNumber.Parse("549/8");

        Assert.Equal(CellKind.Composite, cell.Kind);
        Assert.Equal([549m, 8m], cell.Parts);
        Assert.Null(cell.Value);
    }

    [Theory]
    [InlineData(1909, 0, "1.909")]
    [InlineData(2584.631, 3, "2.584,631")]
    [InlineData(14.583333, 2, "14,58")]
    [InlineData(99.7346, 2, "99,73")]
    [InlineData(100, 2, "100")]
    [InlineData(-1234567, 0, "-1.234.567")]
    [InlineData(0.5, 4, "0,5")]
    [InlineData(1599.996, 2, "1.600")]
    [InlineData(-0.25, 2, "-0,25")]
    public void Formats_the_Vietnamese_way(double value, int decimals, string expected)
    {
        Assert.Equal(expected, VietnameseNumber.Format((decimal)value, decimals));
    }
}
