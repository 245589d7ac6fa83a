using CchcGrpc.Client.Tui.SlowLink;

namespace CchcGrpc.Tests.Tui.SlowLink;

/// <summary>What a cell is sent as outside a UTF-8 locale.</summary>
public sealed class AsciiFallbackTests
{
    [Theory]
    [InlineData("┌", "+")]
    [InlineData("─", "-")]
    [InlineData("│", "|")]
    [InlineData("╔", "+")]
    [InlineData("═", "-")]
    [InlineData("║", "|")]
    [InlineData("┼", "+")]
    [InlineData("█", "#")]
    [InlineData("▼", "v")]
    [InlineData("►", ">")]
    [InlineData("…", ".")]
    public void Lines_and_symbols_become_their_ASCII_sign(string glyph, string ascii) =>
        Assert.Equal(ascii, AsciiFallback.ToAscii(glyph, 1));

    [Fact]
    public void Vietnamese_letters_are_sent_without_their_marks()
    {
        string sent = string.Concat("Ủy ban nhân dân huyện Đắk Mil".EnumerateRunes().Select(r => AsciiFallback.ToAscii(r.ToString(), 1)));
        Assert.Equal("Uy ban nhan dan huyen Dak Mil", sent);
    }

    [Fact]
    public void A_wide_glyph_keeps_its_two_columns() => Assert.Equal("??", AsciiFallback.ToAscii("中", 2));
}
