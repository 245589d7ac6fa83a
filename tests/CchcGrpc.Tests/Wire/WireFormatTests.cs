using CchcGrpc.Wire;

namespace CchcGrpc.Tests.Wire;

/// <summary>Header encodings of the protocol: grpc-timeout and percent-encoded grpc-message.</summary>
public sealed class WireFormatTests
{
    [Theory]
    [InlineData("2H", 2 * 3600_000.0)]
    [InlineData("3M", 180_000.0)]
    [InlineData("15S", 15_000.0)]
    [InlineData("250m", 250.0)]
    [InlineData("1500u", 1.5)]
    [InlineData("2000000n", 2.0)]
    [InlineData("99999999S", 99_999_999_000.0)]
    public void Every_timeout_unit_parses(string header, double milliseconds)
    {
        Assert.True(GrpcTimeout.TryParse(header, out var timeout));
        Assert.Equal(milliseconds, timeout.TotalMilliseconds, 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("10")]
    [InlineData("10s")]
    [InlineData("-5S")]
    [InlineData("123456789S")]
    public void Malformed_timeouts_are_rejected(string header) => Assert.False(GrpcTimeout.TryParse(header, out _));

    [Theory]
    [InlineData(1.0)]
    [InlineData(1234.5)]
    [InlineData(86_400_000.0 * 400)]
    public void Formatted_timeouts_fit_eight_digits_and_never_shorten_the_deadline(double milliseconds)
    {
        var timeout = TimeSpan.FromMilliseconds(milliseconds);
        var header = GrpcTimeout.Format(timeout);
        Assert.True(header.Length <= 9);
        Assert.True(GrpcTimeout.TryParse(header, out var parsed));
        Assert.True(parsed >= timeout);
    }

    [Theory]
    [InlineData("plain ascii", "plain ascii")]
    [InlineData("100%", "100%25")]
    [InlineData("Báo cáo", "B%C3%A1o c%C3%A1o")]
    [InlineData("😈\n", "%F0%9F%98%88%0A")]
    public void Messages_are_percent_encoded_as_UTF8(string message, string wire)
    {
        Assert.Equal(wire, PercentEncoding.Encode(message));
        Assert.Equal(message, PercentEncoding.Decode(wire));
    }

    [Fact]
    public void A_malformed_escape_is_kept_as_is() => Assert.Equal("50%zz", PercentEncoding.Decode("50%zz"));
}
