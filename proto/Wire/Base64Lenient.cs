namespace CchcGrpc.Wire;

/// <summary>Base64 decoding that accepts values with or without '=' padding, as the protocol requires for -bin metadata.</summary>
public static class Base64Lenient
{
    public static byte[] Decode(string value)
    {
        var trimmed = value.Trim();
        var padding = (4 - trimmed.Length % 4) % 4;
        if (padding == 3)
        {
            throw new FormatException("Invalid base64 length in binary metadata.");
        }
        return Convert.FromBase64String(padding == 0 ? trimmed : trimmed + new string('=', padding));
    }
}
