using System.Text;

namespace CchcGrpc.Client.Export;

/// <summary>Writes an invariant decimal ("1909", "99.73") the way the forms print it ("1.909", "99,73%").</summary>
public static class VietnameseNumber
{
    public static string Format(string invariant, bool percent)
    {
        if (invariant.Length == 0)
            return "";
        var negative = invariant.StartsWith('-');
        var digits = negative ? invariant[1..] : invariant;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? "" : digits[(point + 1)..];
        var text = new StringBuilder();
        if (negative)
            text.Append('-');
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
                text.Append('.');
            text.Append(whole[i]);
        }
        if (fraction.Length > 0)
            text.Append(',').Append(fraction);
        if (percent)
            text.Append('%');
        return text.ToString();
    }
}
