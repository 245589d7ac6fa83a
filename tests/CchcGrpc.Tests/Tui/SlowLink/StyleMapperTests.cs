using System.Text;
using CchcGrpc.Client.Tui.SlowLink;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>Attribute → SGR at each depth, and the shortest change between two styles.</summary>
public sealed class StyleMapperTests
{
    static readonly Attribute WhiteOnBlue = new(new Color(255, 255, 255), new Color(0, 0, 255));
    static readonly Attribute BlackOnCyan = new(new Color(0, 0, 0), new Color(0, 255, 255));

    [Fact]
    public void Each_depth_writes_its_own_colour_syntax()
    {
        Assert.Equal(new SentStyle("38;2;255;255;255", "48;2;0;0;255", TextStyle.None), new StyleMapper(ColorDepth.TrueColor).Map(WhiteOnBlue));
        Assert.Equal(new SentStyle("38;5;231", "48;5;21", TextStyle.None), new StyleMapper(ColorDepth.Colors256).Map(WhiteOnBlue));
        Assert.Equal(new SentStyle("", "", TextStyle.None), new StyleMapper(ColorDepth.None).Map(WhiteOnBlue));
    }

    [Fact]
    public void Without_colour_a_light_background_becomes_reverse_video()
    {
        var mapper = new StyleMapper(ColorDepth.None);
        Assert.Equal(TextStyle.Reverse, mapper.Map(BlackOnCyan).Style);
        Assert.Equal(TextStyle.None, mapper.Map(WhiteOnBlue).Style);
        Assert.Equal(TextStyle.Underline, mapper.Map(new Attribute(new Color(0, 0, 0), new Color(255, 255, 255), TextStyle.Reverse | TextStyle.Underline)).Style);
    }

    [Fact]
    public void A_change_sends_only_what_differs()
    {
        var start = new SentStyle("38;5;231", "48;5;21", TextStyle.Bold);
        Assert.Equal("\u001b[48;5;30m", Change(start, start with { Background = "48;5;30" }));
        Assert.Equal("\u001b[22;2m", Change(start, start with { Style = TextStyle.Faint }));
        // To the default colours SGR 0 is shorter than 39;49; from bold to plain colours too.
        Assert.Equal("\u001b[m", Change(start with { Style = TextStyle.None }, SentStyle.Default));
        Assert.Equal("\u001b[0;38;5;231m", Change(start with { Style = TextStyle.Bold | TextStyle.Italic | TextStyle.Underline }, new SentStyle("38;5;231", "", TextStyle.None)));
        Assert.Equal("", Change(start, start));
        Assert.Equal("\u001b[0;7m", Change(null, new SentStyle("", "", TextStyle.Reverse)));
    }

    [Theory]
    [InlineData(0, 0, 0, 16)]
    [InlineData(255, 255, 255, 231)]
    [InlineData(255, 0, 0, 196)]
    [InlineData(128, 128, 128, 244)]
    [InlineData(0, 0, 255, 21)]
    public void The_256_colour_palette_index_is_the_nearest_entry(int r, int g, int b, int index) =>
        Assert.Equal(index, Palette256.Nearest(r, g, b));

    static string Change(SentStyle? from, SentStyle to)
    {
        var sb = new StringBuilder();
        StyleMapper.AppendChange(sb, from, to);
        return sb.ToString();
    }
}
