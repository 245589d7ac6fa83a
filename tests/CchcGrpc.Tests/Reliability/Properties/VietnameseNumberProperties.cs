using CchcGrpc.Server.Domain.Numbers;
using CsCheck;

namespace CchcGrpc.Tests.Reliability.Properties;

/// <summary>
/// Vietnamese numbers ('.' groups thousands, ',' marks decimals) over generated values (CsCheck):
/// what the service writes it reads back as the same number, and no text makes the reader fail.
/// </summary>
public sealed class VietnameseNumberProperties
{
    private const long Iterations = 20_000;

    // Whole numbers and amounts with up to 6 decimals, from zero to beyond a province's budget in đồng.
    private static readonly Gen<decimal> Values = Gen.Select(Gen.Long[-999_999_999_999_999L, 999_999_999_999_999L], Gen.Int[0, 6], Gen.Bool,
        (units, scale, small) => (small ? units % 100_000 : units) / (decimal)Math.Pow(10, scale));

    [Fact]
    public void Parse_after_Format_gives_back_the_value_rounded_to_at_most_two_decimals() =>
        Gen.Select(Values, Gen.Int[0, 2]).Sample((value, decimals) =>
        {
            var expected = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
            var cell = VietnameseNumber.Parse(VietnameseNumber.Format(value, decimals));
            return cell.Kind == CellKind.Number && cell.Value == expected;
        }, iter: Iterations);

    [Fact]
    public void A_formatted_percent_reads_back_as_a_percent_of_the_same_value() =>
        Gen.Decimal[0m, 100m].Sample(value =>
        {
            var cell = VietnameseNumber.Parse(VietnameseNumber.Format(value) + "%");
            return cell.Kind == CellKind.Percent && cell.HasPercentSign && cell.Value == Math.Round(value, 2, MidpointRounding.AwayFromZero);
        }, iter: Iterations);

    [Fact]
    public void With_three_decimals_a_number_reads_back_exactly_or_as_ambiguous_including_it_never_as_another_number() =>
        Values.Sample(value =>
        {
            var expected = Math.Round(value, 3, MidpointRounding.AwayFromZero);
            var cell = VietnameseNumber.Parse(VietnameseNumber.Format(value, 3));
            // "1,525" is also how an English-style 1525 is written: the reader lists both readings.
            return cell.Kind == CellKind.Number ? cell.Value == expected
                : cell.Kind == CellKind.Ambiguous && cell.Readings.Any(r => r.Value == expected);
        }, iter: Iterations);

    [Fact]
    public void Any_text_is_read_without_an_exception_and_a_number_it_reads_formats_back_to_the_same_number() =>
        Gen.String[Gen.Char["0123456789.,%/- abđĐ"], 0, 24].Sample(text =>
        {
            var cell = VietnameseNumber.Parse(text);
            if (cell.Kind != CellKind.Number || cell.Value is not { } value)
            {
                return cell.Raw == text;
            }
            var again = VietnameseNumber.Parse(VietnameseNumber.Format(value, Math.Min(cell.Decimals, 2)));
            return cell.Decimals > 2 || again.Kind == CellKind.Number && again.Value == value;
        }, iter: Iterations);

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,2,3,4,5")]
    [InlineData("12345678901234567890123456789012345")]
    [InlineData("1.234.567.890.123.456.789.012.345.678.901")]
    [InlineData("1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9")]
    [InlineData("123456789012345678901234567890,5%")]
    public void Cells_that_crashed_the_reader_are_text(string raw)
    {
        // Found by the property above: "1,2,3" read itself forever (a stack overflow that ends the
        // server process), and more than 28 digits overflowed decimal.
        var cell = VietnameseNumber.Parse(raw);
        Assert.Equal((CellKind.Text, raw, (decimal?)null), (cell.Kind, cell.Raw, cell.Value));
    }

    [Theory]
    [InlineData("0.0", 0.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("00.12", 0.12)]
    [InlineData("-0.05", -0.05)]
    public void A_dotted_number_starting_with_zero_is_ambiguous_with_its_decimal_reading(string raw, double dotAsDecimal)
    {
        // Found by the property above: "0.0" (and "… 0.0 …" inside words) threw from the
        // lost-thousands-digit reading, which cannot follow a leading zero.
        var cell = VietnameseNumber.Parse(raw);
        Assert.Equal(CellKind.Ambiguous, cell.Kind);
        Assert.Equal([(decimal)dotAsDecimal], cell.Readings.Select(r => r.Value));
    }

    [Fact]
    public void Real_cells_of_the_seed_reports_read_as_the_reports_mean()
    {
        // The property's anchors: 1.909 dossiers, 99,73%, the composite 549/8 and the ambiguous 42.95.
        Assert.Equal((CellKind.Number, 1909m), (VietnameseNumber.Parse("1.909").Kind, VietnameseNumber.Parse("1.909").Value!.Value));
        Assert.Equal((CellKind.Percent, 99.73m), (VietnameseNumber.Parse("99,73%").Kind, VietnameseNumber.Parse("99,73%").Value!.Value));
        Assert.Equal(CellKind.Composite, VietnameseNumber.Parse("549/8").Kind);
        Assert.Equal(CellKind.Ambiguous, VietnameseNumber.Parse("42.95").Kind);
        Assert.Equal("1.909", VietnameseNumber.Format(1909));
        Assert.Equal("99,73", VietnameseNumber.Format(99.73m));
    }
}
