using System.IO.Compression;

namespace CchcGrpc.Wire;

/// <summary>Per-message compression as named by grpc-encoding. Only gzip (and identity) are supported.</summary>
public static class MessageCompression
{
    public const string Gzip = "gzip";
    public const string Identity = "identity";

    public static bool IsSupported(string? encoding) =>
        encoding is null or "" or Identity or Gzip;

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length / 2 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>Decompresses, refusing to produce more than <paramref name="maxSize"/> bytes (a zip bomb is RESOURCE_EXHAUSTED).</summary>
    public static byte[] Decompress(byte[] data, int maxSize)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > maxSize)
                {
                    throw new RpcException(StatusCode.ResourceExhausted,
                        $"Decompressed message is larger than the limit of {maxSize} bytes.");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new RpcException(StatusCode.Internal, "Message could not be decompressed: " + ex.Message);
        }
        return output.ToArray();
    }
}
