using CchcGrpc.Client.Tui.Screens;

namespace CchcGrpc.Tests.Tui.Screens;

/// <summary>
/// The client's reading of the catalog's formulas and of typed Vietnamese numbers, used for the
/// estimate shown while typing: the server's grammar, and only unambiguous numbers.
/// </summary>
public sealed class FormulaEstimateTests
{
    private static readonly Dictionary<string, decimal> Values = new(StringComparer.Ordinal)
    {
        ["III.3.1.1"] = 77251m, ["III.3.1.2"] = 77046m, ["II.1.1"] = 2m, ["II.1.2"] = 1m, ["II.1.3"] = 4m, ["VII.6.4.2"] = 10m,
    };

    private static decimal? Lookup(string id) => Values.TryGetValue(id, out var value) ? value : null;

    [Theory]
    [InlineData("3.1.2 / 3.1.1 * 100", "III", 99.7346)]
    [InlineData("1.1 + 1.2 + 1.3", "II", 7)]
    [InlineData("(1.1 + 1.2) * 2 - 1.3", "II", 2)]
    [InlineData("-1.1 + VII.6.4.2", "II", 8)]
    public void A_formula_reads_codes_of_its_field_or_named_with_their_field(string formula, string field, double expected)
    {
        var value = FormulaEstimate.Evaluate(formula, field, Lookup);
        Assert.Equal((decimal)expected, Math.Round(value!.Value, 4));
    }

    [Theory]
    [InlineData("3.1.2 / 3.1.9 * 100")] // a part not entered
    [InlineData("3.1.2 / (3.1.1 - 3.1.1)")] // division by zero
    [InlineData("3.1.2 / ")] // unreadable
    [InlineData("3.1.2 3.1.1")]
    public void A_missing_part_a_division_by_zero_or_an_unreadable_formula_gives_no_value(string formula) =>
        Assert.Null(FormulaEstimate.Evaluate(formula, "III", Lookup));

    [Theory]
    [InlineData("77.251", 77251)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("99,73", 99.73)]
    [InlineData("99,73%", 99.73)]
    [InlineData(" 14 ", 14)]
    [InlineData("-3", -3)]
    public void A_typed_number_in_the_forms_notation_is_read(string text, double expected) =>
        Assert.Equal((decimal)expected, TypedNumber.Read(text));

    [Theory]
    [InlineData("")]
    [InlineData("1.5")] // a decimal point or a thousands group? the server decides
    [InlineData("549/8")]
    [InlineData("/")]
    [InlineData("mười")]
    [InlineData("1,2,3")]
    public void An_empty_ambiguous_or_composite_text_is_left_to_the_server(string text) =>
        Assert.Null(TypedNumber.Read(text));
}
