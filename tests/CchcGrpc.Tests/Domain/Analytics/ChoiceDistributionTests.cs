using CchcGrpc.Server.Domain.Analytics;

namespace CchcGrpc.Tests.Domain.Analytics;

/// <summary>Coded choices roll up as counts per option, never as a sum.</summary>
public sealed class ChoiceDistributionTests
{
    // "Chưa = 0, Hoàn thành = 1" for Đắk Nông's districts.
    private static readonly UnitValue[] Completed =
    [
        new("67.660", 1m), new("67.661", 0m), new("67.662", 1m), new("67.663", 1.0m),
        new("67.664", null), new("67.665", 3m), new("67.666", 0.5m), new("67.667", 1m),
    ];

    [Fact]
    public void Each_option_counts_the_units_that_chose_it()
    {
        var distribution = ChoiceDistribution.Count(Completed, [0, 1]);

        Assert.Equal([(0, 1), (1, 4)], distribution.Counts.Select(c => (c.Key, c.Value)));
        Assert.Equal(["67.660", "67.662", "67.663", "67.667"], distribution.UnitsByOption[1]);
        Assert.Equal(5, distribution.Contributors);
    }

    [Fact]
    public void Missing_values_and_codes_outside_the_options_are_listed_not_counted()
    {
        var distribution = ChoiceDistribution.Count(Completed, [0, 1]);

        Assert.Equal(["67.664"], distribution.MissingUnitCodes);
        Assert.Equal(["67.665", "67.666"], distribution.InvalidUnitCodes);
    }

    [Fact]
    public void Options_nobody_chose_still_appear_with_zero()
    {
        // "Chưa có = 0, 2 cấp = 1, 3 cấp = 2".
        var distribution = ChoiceDistribution.Count([new("67.660", 2m), new("67.663", 2m)], [0, 1, 2]);

        Assert.Equal([(0, 0), (1, 0), (2, 2)], distribution.Counts.Select(c => (c.Key, c.Value)));
    }

    [Fact]
    public void Without_known_options_any_whole_number_is_an_option()
    {
        var distribution = ChoiceDistribution.Count(Completed);

        Assert.Equal([0, 1, 3], distribution.Counts.Keys);
        Assert.Equal(["67.666"], distribution.InvalidUnitCodes);
    }
}
