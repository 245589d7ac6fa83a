using System.Text;

namespace CchcGrpc.Tests.Reliability.Hostile;

/// <summary>
/// Damaged copies of a real file, as they arrive from e-mail and office tools: lines lost, doubled or
/// swapped, a cut in the middle, stray quotes, delimiters and brackets, control characters, a byte
/// order mark in the wrong place, a megabyte on one line, mixed line ends, invalid UTF-8 bytes.
/// </summary>
public sealed class SeedMutations(int seed)
{
    private static readonly string[] Splinters = ["\"", "\"\"", ",", "\t", ";", "{", "}", "[", "]", ":", "\\", "\u0000", "\uFEFF", "\r", "\n", "|", "/", "%", "Đ", "1.909", "99,73%", "STT", "Chỉ tiêu", "Biểu 1", "PHỤ LỤC", "null", "-1e999", "\u202E"];
    private readonly Random _random = new(seed);

    /// <summary>The text with one to four damages, and how it was damaged.</summary>
    public (byte[] Bytes, string How) Mutate(string text)
    {
        var how = new List<string>();
        for (var n = 1 + _random.Next(4); n > 0; n--)
        {
            var (changed, name) = Once(text);
            text = changed;
            how.Add(name);
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        if (_random.Next(8) == 0 && bytes.Length > 0)
        {
            // Not UTF-8 at all at a few places (a file saved as Windows-1258 or cut mid-character).
            for (var i = 0; i < 1 + _random.Next(5); i++)
            {
                bytes[_random.Next(bytes.Length)] = (byte)(0x80 + _random.Next(0x80));
            }
            how.Add("invalid UTF-8");
        }
        return (bytes, string.Join(", ", how));
    }

    private (string Text, string How) Once(string text)
    {
        var lines = text.Split('\n').ToList();
        var at = _random.Next(Math.Max(1, lines.Count));
        switch (_random.Next(11))
        {
            case 0:
                lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + _random.Next(20)));
                return (string.Join('\n', lines), "lines removed");
            case 1:
                lines.InsertRange(at, lines.Skip(at).Take(1 + _random.Next(10)).ToList());
                return (string.Join('\n', lines), "lines doubled");
            case 2:
                var other = _random.Next(lines.Count);
                (lines[at], lines[other]) = (lines[other], lines[at]);
                return (string.Join('\n', lines), "lines swapped");
            case 3:
                return (text[.._random.Next(text.Length + 1)], "cut short");
            case 4:
                var position = _random.Next(text.Length + 1);
                return (text.Insert(position, Splinters[_random.Next(Splinters.Length)]), "splinter inserted");
            case 5:
                var chars = text.ToCharArray();
                for (var i = 0; i < 1 + _random.Next(30) && chars.Length > 0; i++)
                {
                    chars[_random.Next(chars.Length)] = (char)_random.Next(0, 0x2000);
                }
                return (new string(chars.Select(c => char.IsSurrogate(c) ? '?' : c).ToArray()), "characters replaced");
            case 6:
                lines.Insert(at, new string(_random.Next(2) == 0 ? 'x' : '"', 200_000 + _random.Next(1_000_000)));
                return (string.Join('\n', lines), "a huge line");
            case 7:
                return (text.Replace("\n", _random.Next(2) == 0 ? "\r\n" : "\r"), "line ends changed");
            case 8:
                return (string.Join('\n', lines.Select(l => _random.Next(10) == 0 ? l.Replace(',', '\t').Replace('|', ',') : l)), "delimiters swapped");
            case 9:
                return ("", "empty");
            default:
                return (string.Join('\n', lines.Select(l => _random.Next(15) == 0 ? string.Concat(l.Reverse()).Replace("\uFEFF", "") : l)), "lines reversed");
        }
    }
}
