using CchcGrpc.Server.Domain.Analytics;

namespace CchcGrpc.Tests.Domain.Analytics;

/// <summary>Ranking Đắk Nông's districts on one indicator: competition ranks, ties, and units without a value kept apart.</summary>
public sealed class UnitRankingTests
{
    // Tỷ lệ hồ sơ giải quyết đúng hạn (%), invented values for the real districts.
    private static readonly UnitValue[] OnTimeShare =
    [
        new("67.663", 97.5m),  // Huyện Đắk Mil
        new("67.660", 99.73m), // Thành phố Gia Nghĩa
        new("67.665", 98.10m), // Huyện Đắk Song
        new("67.662", 98.1m),  // Huyện Cư Jút
        new("67.667", null),   // Huyện Tuy Đức: not reported
        new("67.664", 95m),    // Huyện Krông Nô
        new("67.661", null),   // Huyện Đắk Glong: no report
    ];

    [Fact]
    public void Larger_is_better_by_default_and_equal_values_share_a_rank_with_the_next_rank_skipped()
    {
        var ranking = UnitRanking.Rank(OnTimeShare);

        Assert.Equal(
            [("67.660", 1, false), ("67.662", 2, true), ("67.665", 2, true), ("67.663", 4, false), ("67.664", 5, false)],
            ranking.Entries.Select(e => (e.UnitCode, e.Rank, e.Tied)));
        Assert.Equal((99.73m, 95m), (ranking.Best, ranking.Worst));
    }

    [Fact]
    public void Units_without_a_value_are_listed_apart_and_never_ranked_as_zero()
    {
        var ranking = UnitRanking.Rank(OnTimeShare);

        Assert.Equal(["67.661", "67.667"], ranking.MissingUnitCodes);
        Assert.DoesNotContain(ranking.Entries, e => e.UnitCode is "67.661" or "67.667");
    }

    [Fact]
    public void Ascending_order_puts_the_smallest_value_first()
    {
        // Số hồ sơ trễ hạn: fewer is better.
        var late = new UnitValue[] { new("67.660", 12), new("67.665", 3), new("67.666", 0), new("67.663", 3) };

        var ranking = UnitRanking.Rank(late, RankOrder.Ascending);

        Assert.Equal([("67.666", 1), ("67.663", 2), ("67.665", 2), ("67.660", 4)], ranking.Entries.Select(e => (e.UnitCode, e.Rank)));
        Assert.Equal((0m, 12m), (ranking.Best, ranking.Worst));
    }

    [Fact]
    public void A_real_zero_is_a_value_and_is_ranked()
    {
        var ranking = UnitRanking.Rank([new("67.667", 0m), new("67.661", null)]);

        Assert.Equal(("67.667", 1), (ranking.Entries[0].UnitCode, ranking.Entries[0].Rank));
        Assert.Equal(["67.661"], ranking.MissingUnitCodes);
    }

    [Fact]
    public void Nobody_with_a_value_gives_no_best_or_worst()
    {
        var ranking = UnitRanking.Rank([new("67.667", null)]);

        Assert.Empty(ranking.Entries);
        Assert.Null(ranking.Best);
        Assert.Null(ranking.Worst);
    }

    [Fact]
    public void All_equal_means_all_first_and_all_tied()
    {
        var ranking = UnitRanking.Rank([new("67.660", 100m), new("67.663", 100.00m)]);

        Assert.All(ranking.Entries, e => Assert.Equal((1, true), (e.Rank, e.Tied)));
    }

    [Fact]
    public void A_unit_given_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => UnitRanking.Rank([new("67.660", 1m), new("67.660", 2m)]));
}
