using CchcGrpc.Client.Tui.Shell;

namespace CchcGrpc.Tests.Tui.Shell;

/// <summary>The list keys of home, review queue, unit browser and compare, in one place.</summary>
public sealed class ListCursorTests
{
    [Theory]
    [InlineData(KeyName.Down, 3, 4)]
    [InlineData(KeyName.Up, 3, 2)]
    [InlineData(KeyName.PageDown, 3, 13)]
    [InlineData(KeyName.PageDown, 25, 29)]
    [InlineData(KeyName.PageUp, 3, 0)]
    [InlineData(KeyName.Home, 17, 0)]
    [InlineData(KeyName.End, 2, 29)]
    public void Keys_move_the_selection_within_a_list_of_thirty(KeyName key, int from, int to) =>
        Assert.Equal(to, ListCursor.Move(new KeyPress(key), from, 30));

    [Fact]
    public void J_and_k_move_like_the_arrows() =>
        Assert.Equal((6, 4), (ListCursor.Move(KeyPress.Of('j'), 5, 30), ListCursor.Move(KeyPress.Of('k'), 5, 30)));

    [Fact]
    public void An_empty_list_keeps_the_selection_at_zero()
    {
        Assert.Equal(0, ListCursor.Move(new KeyPress(KeyName.Down), 0, 0));
        Assert.Equal(0, ListCursor.Move(new KeyPress(KeyName.End), 0, 0));
    }

    [Fact]
    public void Other_keys_leave_it_to_the_screen()
    {
        Assert.Null(ListCursor.Move(new KeyPress(KeyName.Enter), 3, 30));
        Assert.Null(ListCursor.Move(KeyPress.Of('q'), 3, 30));
        Assert.Null(ListCursor.Move(new KeyPress(KeyName.Left), 3, 30));
    }
}
