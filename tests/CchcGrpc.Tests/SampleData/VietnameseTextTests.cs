using CchcGrpc.Server.SampleData;

namespace CchcGrpc.Tests.SampleData;

/// <summary>Demo cells are typed the way Vietnamese forms print numbers.</summary>
public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("1909", "1.909")]
    [InlineData("425682", "425.682")]
    [InlineData("0", "0")]
    [InlineData("54", "54")]
    [InlineData("99.73", "99,73")]
    [InlineData("98.50", "98,5")]
    [InlineData("1234.5", "1.234,5")]
    public void Dots_group_thousands_and_a_comma_marks_decimals(string invariant, string vietnamese) =>
        Assert.Equal(vietnamese, VietnameseText.Number(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Percentages_carry_the_sign() => Assert.Equal("99,73%", VietnameseText.Percent(99.73m));
}
