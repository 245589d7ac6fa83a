using System.Globalization;

namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>Works out what an ill-grouped number could have meant, so a person can choose.</summary>
internal static class AmbiguousReadings
{
    public static IReadOnlyList<NumberReading> Of(string body)
    {
        var readings = new List<NumberReading>();
        var negative = body.StartsWith('-');
        var digits = negative ? body[1..] : body;
        var sign = negative ? -1m : 1m;

        if (digits.Contains(','))
        {
            // "1,500": the comma as the Vietnamese decimal mark, or as an English thousands separator.
            var (value, decimals) = VietnameseNumber.ReadWellFormed(digits);
            readings.Add(new(sign * value, decimals, $"dấu phẩy là dấu thập phân: {VietnameseNumber.Format(value, decimals)}"));
            var whole = decimal.Parse(digits.Replace(",", ""), CultureInfo.InvariantCulture);
            readings.Add(new(sign * whole, 0, $"dấu phẩy phân cách hàng nghìn (kiểu tiếng Anh): {VietnameseNumber.Format(whole, 0)}"));
            return readings;
        }

        var groups = digits.Split('.');
        if (groups.Length == 2)
        {
            // "42.95" written English style: 42,95.
            var asDecimal = decimal.Parse(digits, CultureInfo.InvariantCulture);
            readings.Add(new(sign * asDecimal, groups[1].Length,
                $"dấu chấm là dấu thập phân: {VietnameseNumber.Format(asDecimal, groups[1].Length)}"));
        }

        var middleOk = groups[1..^1].All(g => g.Length == 3);
        var last = groups[^1];
        // A number does not start with a zero before a thousands group: "0.0" or "0.05" lost no digit.
        if (middleOk && last.Length < 3 && groups[0][0] != '0')
        {
            // "42.95": a thousands group that lost a digit; the lost digit is most likely the trailing 0.
            var padded = decimal.Parse(string.Concat(groups[..^1]) + last.PadRight(3, '0'), CultureInfo.InvariantCulture);
            var text = VietnameseNumber.Format(padded, 0);
            readings.Add(new(sign * padded, 0,
                $"nhóm hàng nghìn thiếu chữ số: {text[..^(3 - last.Length)]}{new string('?', 3 - last.Length)} (ví dụ {text})"));
        }
        else if (middleOk && groups[0].Length > 3)
        {
            // "1234.567": the grouping dots misplaced.
            var joined = decimal.Parse(string.Concat(groups), CultureInfo.InvariantCulture);
            readings.Add(new(sign * joined, 0, $"dấu chấm đặt sai vị trí: {VietnameseNumber.Format(joined, 0)}"));
        }

        return readings;
    }
}
