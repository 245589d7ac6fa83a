using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Tests.Reliability.Hostile;

/// <summary>
/// Builds requests of any message type from its descriptor alone, so a service or field added
/// later is fuzzed without a change here: boundary and random numbers, unknown enum values, empty,
/// huge and malformed strings, references of the wrong kind (a unit where a report is expected, a
/// period where an indicator is), long repeated fields and nested messages a few levels deep.
/// Half of the strings are plausible for the field's name, so the calls get past the first checks
/// and reach the code behind them.
/// </summary>
public sealed class HostileMessages(int seed)
{
    private const int MaxDepth = 4;
    private readonly Random _random = new(seed);

    // Characters of huge strings left for the message being built: past the 4 MiB limit is enough.
    private int _hugeBudget;

    private static readonly string[] Reports = ["reports/67.660/2024", "reports/67.661/2024", "reports/60/2024", "reports/67/2023", "reports/67.660/2023-Q3", "reports/67.660.24611/2024", "reports/67.660/2024/extra", "reports//2024", "reports/67.660/", "reports/67.660/9999", "reports/67.660/2024-Q5"];
    private static readonly string[] Units = ["67", "67.660", "67.661", "60", "68", "67.660.24611", "0", "-1", "67.", ".660", "67..660", "units/67"];
    private static readonly string[] Periods = ["2024", "2023", "2023-Q3", "2023-H1", "2023-9M", "2024-Q0", "2024-H3", "1900", "99999", "2023-q3", "2023 ", "-2023"];
    private static readonly string[] Indicators = ["I.1", "III.3.1.2", "VII.1", "II.1.1", "I", "I.1.1.1.1.1.1", "XX.9", "i.1", "I.1 ", "3.1.2"];
    private static readonly string[] Numbers = ["1", "0", "-1", "1.909", "99,73%", "14,58%", "/", "42.95", "1e308", "NaN", "∞", "1.000.000.000.000.000.000.000", "Đang triển khai 06", "0,0000000001"];
    private static readonly string[] Junk =
    [
        "", " ", "\u0000", "\t\r\n", "' OR 1=1 --", "\"; DROP TABLE reports; --", "%s%n%x", "../../../../etc/passwd", "reports/../60/2024",
        "Ủy ban nhân dân tỉnh Đắk Nông", "\u202Eevil", "🙂🙂", "NULL", "null", "undefined", "\uFFFD", "a\u0301", "*", "%", "_",
    ];

    /// <summary>A message of <paramref name="type"/>, every field either left out or set to something hostile.</summary>
    public IMessage Message(MessageDescriptor type)
    {
        _hugeBudget = 6_000_000;
        return Fill(type, 0);
    }

    /// <summary>The bytes of a valid message with a few bytes flipped, cut or appended: a broken encoding.</summary>
    public byte[] Mangled(MessageDescriptor type)
    {
        var bytes = Message(type).ToByteArray().ToList();
        switch (_random.Next(4))
        {
            case 0 when bytes.Count > 0:
                for (var i = 0; i < 1 + _random.Next(4); i++)
                {
                    bytes[_random.Next(bytes.Count)] ^= (byte)(1 << _random.Next(8));
                }
                break;
            case 1 when bytes.Count > 1:
                bytes.RemoveRange(_random.Next(bytes.Count), 1);
                break;
            case 2:
                // A field with a length that runs past the end of the message.
                bytes.AddRange([0x0A, 0xFF, 0xFF, 0x03, 0x41]);
                break;
            default:
                var noise = new byte[1 + _random.Next(64)];
                _random.NextBytes(noise);
                bytes.AddRange(noise);
                break;
        }
        return [.. bytes];
    }


    private IMessage Fill(MessageDescriptor type, int depth)
    {
        var message = (IMessage)Activator.CreateInstance(type.ClrType)!;
        var fields = type.Fields.InDeclarationOrder();
        foreach (var oneof in type.Oneofs.Where(o => !o.IsSynthetic))
        {
            // One member of a oneof (or none): setting several would only keep the last.
            if (_random.Next(4) > 0)
            {
                var member = oneof.Fields[_random.Next(oneof.Fields.Count)];
                Set(message, member, depth);
            }
        }
        foreach (var field in fields.Where(f => f.RealContainingOneof is null))
        {
            if (_random.Next(5) == 0)
            {
                continue;
            }
            Set(message, field, depth);
        }
        return message;
    }

    private void Set(IMessage message, FieldDescriptor field, int depth)
    {
        if (field.FieldType is FieldType.Message or FieldType.Group && depth >= MaxDepth)
        {
            return;
        }
        if (field.IsMap)
        {
            var map = (System.Collections.IDictionary)field.Accessor.GetValue(message);
            var entry = field.MessageType;
            for (var i = _random.Next(6); i > 0; i--)
            {
                var key = Value(entry.FindFieldByNumber(1), depth + 1);
                var value = Value(entry.FindFieldByNumber(2), depth + 1);
                if (key is not null && value is not null)
                {
                    map[key] = value;
                }
            }
            return;
        }
        if (field.IsRepeated)
        {
            var list = (System.Collections.IList)field.Accessor.GetValue(message);
            var count = _random.Next(10) switch
            {
                0 => 0,
                < 6 => 1 + _random.Next(3),
                < 9 => 10 + _random.Next(100),
                // Long: thousands of entries (messages stay under the 4 MiB limit only sometimes).
                _ when _random.Next(3) > 0 => 10 + _random.Next(100),
                _ => field.FieldType == FieldType.Message ? 500 + _random.Next(6000) : 2000 + _random.Next(20000),
            };
            var template = field.FieldType == FieldType.Message && count > 200 ? Value(field, depth + 1) : null;
            if (template is IMessage big && (long)big.CalculateSize() * count > 8_000_000)
            {
                // Past the 4 MiB limit anyway; a multi-gigabyte message would only overflow the encoder.
                count = 8_000_000 / Math.Max(1, big.CalculateSize());
            }
            for (var i = 0; i < count; i++)
            {
                // Long lists of messages repeat one generated element (with its own copy), which keeps generation cheap.
                var value = template is IMessage t ? t.Descriptor.Parser.ParseFrom(t.ToByteString()) : Value(field, depth + 1);
                if (value is not null)
                {
                    list.Add(value);
                }
            }
            return;
        }
        if (Value(field, depth + 1) is { } single)
        {
            field.Accessor.SetValue(message, single);
        }
    }

    private object? Value(FieldDescriptor field, int depth) => field.FieldType switch
    {
        FieldType.String => Text(field.Name),
        FieldType.Bytes => ByteString.CopyFrom(RandomBytes(_random.Next(3) == 0 ? 0 : _random.Next(2048))),
        FieldType.Bool => _random.Next(2) == 0,
        FieldType.Enum => EnumValue(field.EnumType),
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => Pick(0, 1, -1, int.MaxValue, int.MinValue, 999_999, _random.Next(), -_random.Next()),
        FieldType.UInt32 or FieldType.Fixed32 => Pick(0u, 1u, uint.MaxValue, (uint)_random.Next()),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => Pick(0L, 1L, -1L, long.MaxValue, long.MinValue, 999_999L, _random.NextInt64(), -_random.NextInt64()),
        FieldType.UInt64 or FieldType.Fixed64 => Pick(0UL, 1UL, ulong.MaxValue, (ulong)_random.NextInt64()),
        FieldType.Double => Pick(0d, -0d, 1d, -1d, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon, 99.73, _random.NextDouble() * 1e12),
        FieldType.Float => Pick(0f, float.NaN, float.PositiveInfinity, float.MaxValue, 14.58f),
        FieldType.Message or FieldType.Group => Fill(field.MessageType, depth),
        _ => null,
    };

    private int EnumValue(EnumDescriptor type) => _random.Next(3) switch
    {
        0 => Pick(99, -1, int.MaxValue, int.MinValue, type.Values.Max(v => v.Number) + 1),
        _ => type.Values[_random.Next(type.Values.Count)].Number,
    };

    private string Text(string fieldName)
    {
        var plausible = _random.Next(2) == 0;
        var name = fieldName.ToLowerInvariant();
        if (plausible)
        {
            string[]? pool = name switch
            {
                "name" or "report_name" => Reports,
                _ when name.Contains("unit") || name.Contains("code") || name.Contains("descendants") || name.Contains("parent") => Units,
                _ when name.Contains("period") => Periods,
                _ when name.Contains("indicator") || name == "id" => Indicators,
                _ when name.Contains("raw") || name.Contains("value") || name == "number" => Numbers,
                _ when name.Contains("version") => ["2022.1", "2022.2", "0", ""],
                _ => null,
            };
            if (pool is not null)
            {
                return pool[_random.Next(pool.Length)];
            }
        }
        // A reference of the wrong kind, junk, or a huge string.
        return _random.Next(12) switch
        {
            0 => Reports[_random.Next(Reports.Length)],
            1 => Units[_random.Next(Units.Length)],
            2 => Periods[_random.Next(Periods.Length)],
            3 => Indicators[_random.Next(Indicators.Length)],
            4 when _random.Next(3) == 0 => Huge(),
            5 => RandomText(1 + _random.Next(64)),
            _ => Junk[_random.Next(Junk.Length)],
        };
    }

    private string Huge()
    {
        var length = _random.Next(20) == 0 ? 1_000_000 + _random.Next(1_000_000) : 4096 + _random.Next(100_000);
        if (length > _hugeBudget)
        {
            return RandomText(1 + _random.Next(16));
        }
        _hugeBudget -= length;
        return new string(_random.Next(2) == 0 ? 'Đ' : (char)('a' + _random.Next(26)), length);
    }

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Printable ASCII, Vietnamese letters and a few controls; never a lone surrogate (not UTF-8).
            text.Append(_random.Next(5) switch
            {
                0 => (char)_random.Next(0, 32),
                1 => (char)_random.Next(0x00C0, 0x01B0),
                2 => (char)_random.Next(0x1EA0, 0x1EF9),
                _ => (char)_random.Next(32, 127),
            });
        }
        return text.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];
}
