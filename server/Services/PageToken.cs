using System.Text;

namespace CchcGrpc.Server.Services;

/// <summary>Opaque page tokens: the cursor of the last item, base64url; clients must not parse them.</summary>
public static class PageToken
{
    public const int DefaultSize = 100;
    public const int MaxSize = 1000;

    public static string Encode(string cursor) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(cursor)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string? Decode(string token, string field = "page_token")
    {
        if (token.Length == 0)
        {
            return null;
        }
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=')));
        }
        catch (FormatException)
        {
            throw Errors.Invalid(field, new("Mã trang (page_token) không phải do máy chủ này cấp.", "The page token is not one this server issued."));
        }
    }

    public static int Size(int requested, string field = "page_size") => requested switch
    {
        0 => DefaultSize,
        < 0 => throw Errors.Invalid(field, new("page_size không được âm.", "page_size must not be negative.")),
        > MaxSize => MaxSize,
        _ => requested,
    };
}
