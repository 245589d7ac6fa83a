namespace CchcGrpc.Wire;

/// <summary>One metadata key and its value: text for ordinary keys, bytes for keys ending in "-bin".</summary>
public sealed class MetadataEntry
{
    private readonly string? _text;
    private readonly byte[]? _bytes;

    public MetadataEntry(string key, string value)
    {
        Key = MetadataKey.Normalize(key);
        if (IsBinary)
        {
            throw new ArgumentException($"Metadata key '{Key}' ends in -bin and takes a byte value.", nameof(key));
        }
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E)
            {
                throw new ArgumentException($"Metadata value for '{Key}' must be printable ASCII; use a -bin key for other data.", nameof(value));
            }
        }
        _text = value;
    }

    public MetadataEntry(string key, byte[] value)
    {
        Key = MetadataKey.Normalize(key);
        if (!IsBinary)
        {
            throw new ArgumentException($"Metadata key '{Key}' takes a text value; only -bin keys carry bytes.", nameof(key));
        }
        _bytes = value;
    }

    public string Key { get; }

    public bool IsBinary => Key.EndsWith("-bin", StringComparison.Ordinal);

    public string Value => _text ?? throw new InvalidOperationException($"Metadata '{Key}' is binary; read ValueBytes.");

    public byte[] ValueBytes => _bytes ?? System.Text.Encoding.ASCII.GetBytes(_text!);

    /// <summary>The value as it goes on the wire: the text itself, or unpadded base64 for -bin keys.</summary>
    public string ToWireValue() => _bytes is null ? _text! : Convert.ToBase64String(_bytes).TrimEnd('=');

    /// <summary>Reads a value from the wire; -bin values are base64 with or without padding.</summary>
    public static MetadataEntry FromWire(string key, string wireValue) =>
        key.EndsWith("-bin", StringComparison.Ordinal)
            ? new MetadataEntry(key, Base64Lenient.Decode(wireValue))
            : new MetadataEntry(key, wireValue);

    public override string ToString() => IsBinary ? $"{Key}: [{_bytes!.Length} bytes]" : $"{Key}: {_text}";
}
