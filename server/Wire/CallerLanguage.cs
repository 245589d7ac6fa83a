using System.Net.Http.Headers;
using CchcGrpc.Server.Domain.Text;
using Grpc.Core;

namespace CchcGrpc.Server.Wire;

/// <summary>
/// The language a caller reads: English when its <c>accept-language</c> metadata prefers English
/// to Vietnamese (<c>en</c>, <c>en-US,en;q=0.9</c>), Vietnamese otherwise, including when it says nothing.
/// </summary>
public static class CallerLanguage
{
    public static Language Of(ServerCallContext context) => Parse(context.RequestHeaders.GetValue("accept-language"));

    public static Language Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Language.Vietnamese;
        }
        double english = 0, vietnamese = 0;
        var order = 0;
        int englishAt = int.MaxValue, vietnameseAt = int.MaxValue;
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            order++;
            if (!StringWithQualityHeaderValue.TryParse(part, out var tag))
            {
                continue;
            }
            var quality = tag.Quality ?? 1;
            var primary = tag.Value.Split('-')[0];
            if (primary.Equals("en", StringComparison.OrdinalIgnoreCase) && quality > english)
            {
                (english, englishAt) = (quality, order);
            }
            else if (primary.Equals("vi", StringComparison.OrdinalIgnoreCase) && quality > vietnamese)
            {
                (vietnamese, vietnameseAt) = (quality, order);
            }
        }
        // Equal preference: the one named first wins, as in HTTP.
        return english > vietnamese || (english > 0 && english == vietnamese && englishAt < vietnameseAt) ? Language.English : Language.Vietnamese;
    }
}
