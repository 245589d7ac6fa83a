using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Tests.Domain.Units;

/// <summary>The unit tree across time: children, descendants and roots, optionally as of a day.</summary>
public sealed class UnitHierarchyTests
{
    private readonly UnitHierarchy tree = new(MergerOf2025.Units);

    [Fact]
    public void Dak_Nong_has_its_department_and_districts_as_children_ordered_by_code() =>
        Assert.Equal(["67.660", "67.661", "67.SNV"], tree.ChildrenOf("67").Select(u => u.Code));

    [Fact]
    public void Descendants_come_parent_first_at_any_depth()
    {
        Assert.Equal(
            ["67.660", "67.660.24611", "67.660.24612", "67.660.24619", "67.661", "67.661.24622", "67.SNV"],
            tree.DescendantsOf("67").Select(u => u.Code));
    }

    [Fact]
    public void As_of_a_day_only_the_units_that_existed_then_are_listed()
    {
        Assert.Empty(tree.DescendantsOf("67", new DateOnly(2025, 7, 1)));
        Assert.Equal(["68"], tree.Roots(new DateOnly(2025, 7, 1)).Select(u => u.Code));
        Assert.Equal(["60", "67", "68-CU"], tree.Roots(new DateOnly(2024, 1, 1)).Select(u => u.Code));
    }

    [Fact]
    public void Ancestors_run_from_the_parent_up_to_the_province() =>
        Assert.Equal(["Thành phố Gia Nghĩa", "Tỉnh Đắk Nông"], tree.AncestorsOf("67.660.24611").Select(u => u.Name));

    [Fact]
    public void Asking_below_an_unknown_unit_is_an_error_not_an_empty_answer()
    {
        Assert.Throws<KeyNotFoundException>(() => tree.ChildrenOf("67.665"));
        Assert.Throws<KeyNotFoundException>(() => tree.DescendantsOf("67.665"));
    }

    [Fact]
    public void Duplicate_codes_and_unknown_parents_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new UnitHierarchy([.. MergerOf2025.Units, MergerOf2025.Units[0]]));
        Assert.Throws<ArgumentException>(() => new UnitHierarchy([new("67.665", "Huyện Đắk Song", UnitLevel.District, "67", MergerOf2025.Founded, null)]));
    }
}
