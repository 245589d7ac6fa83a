using System.Buffers;
using System.Text;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>
/// The value changes of one write, packed into one report_events row (column <c>changes</c>)
/// instead of a row per value: an import writes about a hundred values per report, and a row each
/// doubled its cost. Read back by <see cref="SqliteReportStore.GetHistoryAsync"/> as one entry per value.
/// Layout: version 1, count, then per change the indicator's integer id and four texts
/// (old raw, new raw, old note, new note), each as length + 1 (0 = null) and UTF-8 bytes, all varints.
/// </summary>
internal static class AuditChanges
{
    private const byte Version = 1;

    public static byte[] Encode(IReadOnlyList<AuditChange> changes)
    {
        var buffer = new ArrayBufferWriter<byte>(changes.Count * 32 + 8);
        buffer.GetSpan(1)[0] = Version;
        buffer.Advance(1);
        WriteVarint(buffer, (ulong)changes.Count);
        foreach (var change in changes)
        {
            WriteVarint(buffer, (ulong)change.IndicatorKey);
            WriteText(buffer, change.OldRawText);
            WriteText(buffer, change.NewRawText);
            WriteText(buffer, change.OldNote);
            WriteText(buffer, change.NewNote);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static List<AuditChange> Decode(byte[] data)
    {
        if (data.Length == 0 || data[0] != Version)
        {
            throw new InvalidDataException($"Unknown audit change layout {(data.Length == 0 ? "(empty)" : data[0].ToString(System.Globalization.CultureInfo.InvariantCulture))}.");
        }
        var at = 1;
        var count = (int)ReadVarint(data, ref at);
        var changes = new List<AuditChange>(count);
        for (var i = 0; i < count; i++)
        {
            var key = (long)ReadVarint(data, ref at);
            changes.Add(new AuditChange(key, ReadText(data, ref at), ReadText(data, ref at), ReadText(data, ref at), ReadText(data, ref at)));
        }
        return changes;
    }

    private static void WriteText(ArrayBufferWriter<byte> buffer, string? text)
    {
        if (text is null)
        {
            WriteVarint(buffer, 0);
            return;
        }
        var length = Encoding.UTF8.GetByteCount(text);
        WriteVarint(buffer, (ulong)length + 1);
        buffer.Advance(Encoding.UTF8.GetBytes(text, buffer.GetSpan(length)));
    }

    private static string? ReadText(byte[] data, ref int at)
    {
        var length = (int)ReadVarint(data, ref at);
        if (length == 0)
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(data, at, length - 1);
        at += length - 1;
        return text;
    }

    private static void WriteVarint(ArrayBufferWriter<byte> buffer, ulong value)
    {
        var span = buffer.GetSpan(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[n++] = (byte)value;
        buffer.Advance(n);
    }

    private static ulong ReadVarint(byte[] data, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (at >= data.Length || shift > 63)
            {
                throw new InvalidDataException("Truncated audit change record.");
            }
            var b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
