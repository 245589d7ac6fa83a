using System.Security.Cryptography;
using System.Text;

namespace CchcGrpc.Server.Auth;

/// <summary>Random bearer tokens; the server keeps only their SHA-256, so a leaked database holds no usable token.</summary>
public static class BearerToken
{
    private const string Prefix = "cchc_";

    /// <summary>32 random bytes, base64url, with a prefix that secret scanners can recognise.</summary>
    public static string Create() =>
        Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The token from an "authorization: Bearer …" value, or null.</summary>
    public static string? FromAuthorization(string? header)
    {
        const string scheme = "Bearer ";
        return header is not null && header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && header.Length > scheme.Length
            ? header[scheme.Length..].Trim()
            : null;
    }
}
