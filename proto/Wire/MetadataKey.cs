namespace CchcGrpc.Wire;

/// <summary>Checks metadata keys against the protocol's grammar: lower-case 0-9 a-z - _ .</summary>
public static class MetadataKey
{
    public static string Normalize(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var lower = key.ToLowerInvariant();
        foreach (var c in lower)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.';
            if (!ok)
            {
                throw new ArgumentException($"Metadata key '{key}' has a character outside 0-9 a-z - _ .", nameof(key));
            }
        }
        return lower;
    }
}
