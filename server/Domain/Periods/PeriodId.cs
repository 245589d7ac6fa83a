using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Domain.Periods;

/// <summary>
/// A reporting period (kỳ báo cáo) by its canonical id: <c>2023</c>, <c>2023-H1</c>, <c>2023-9M</c>,
/// <c>2023-Q1</c> … <c>2023-Q4</c>. Ids are exact: parsing rejects anything else and says what was meant.
/// Periods order as they come due within a year: Q1, Q2, H1, Q3, 9M, Q4, year.
/// </summary>
public sealed record PeriodId : IComparable<PeriodId>, IParsable<PeriodId>
{
    public const int MinYear = 1900;
    public const int MaxYear = 2999;

    private static readonly string[] QuarterNumerals = ["I", "II", "III", "IV"];

    private PeriodId(int year, PeriodKind kind, int quarter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Năm của kỳ báo cáo phải từ {MinYear} đến {MaxYear}.");
        }

        if (kind == PeriodKind.Quarter ? quarter is < 1 or > 4 : quarter != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Quý phải từ 1 đến 4, và chỉ kỳ quý có quý.");
        }

        Year = year;
        Kind = kind;
        Quarter = quarter;
    }

    public int Year { get; }

    public PeriodKind Kind { get; }

    /// <summary>1–4 for a quarter; 0 otherwise.</summary>
    public int Quarter { get; }

    /// <summary>The first calendar month the period is named after (its data window starts mid-way through the month before).</summary>
    public int FirstMonth => Kind == PeriodKind.Quarter ? (Quarter * 3) - 2 : 1;

    /// <summary>The calendar month in which its data are cut off.</summary>
    public int LastMonth => Kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.HalfYear => 6,
        PeriodKind.NineMonths => 9,
        _ => Quarter * 3,
    };

    /// <summary>The canonical id, e.g. "2023-Q3".</summary>
    public string Id => Kind switch
    {
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.HalfYear => $"{Year}-H1",
        PeriodKind.NineMonths => $"{Year}-9M",
        _ => $"{Year}-Q{Quarter}",
    };

    /// <summary>The Vietnamese label as reports title it, e.g. "Quý III năm 2023".</summary>
    public string Label => Kind switch
    {
        PeriodKind.Year => $"Năm {Year}",
        PeriodKind.HalfYear => $"6 tháng đầu năm {Year}",
        PeriodKind.NineMonths => $"9 tháng năm {Year}",
        _ => $"Quý {QuarterNumerals[Quarter - 1]} năm {Year}",
    };

    public static PeriodId ForYear(int year) => new(year, PeriodKind.Year, 0);

    public static PeriodId FirstHalf(int year) => new(year, PeriodKind.HalfYear, 0);

    public static PeriodId NineMonths(int year) => new(year, PeriodKind.NineMonths, 0);

    public static PeriodId ForQuarter(int year, int quarter) => new(year, PeriodKind.Quarter, quarter);

    public static PeriodId Of(int year, PeriodKind kind, int quarter = 0) => new(year, kind, quarter);

    /// <summary>All seven periods of a year in the order they come due.</summary>
    public static IReadOnlyList<PeriodId> AllOf(int year) =>
    [
        ForQuarter(year, 1), ForQuarter(year, 2), FirstHalf(year), ForQuarter(year, 3), NineMonths(year), ForQuarter(year, 4), ForYear(year),
    ];

    /// <summary>
    /// The previous comparable period: the same period a year earlier (cùng kỳ năm trước), which is
    /// what CCHC reports compare against ("so với cùng kỳ năm 2022").
    /// </summary>
    public PeriodId PreviousComparable() => new(Year - 1, Kind, Quarter);

    /// <summary>The period of the same kind just before this one: the previous quarter for quarters, else the previous year's.</summary>
    public PeriodId Preceding() => Kind == PeriodKind.Quarter && Quarter > 1
        ? ForQuarter(Year, Quarter - 1)
        : Kind == PeriodKind.Quarter ? ForQuarter(Year - 1, 4) : PreviousComparable();

    public int CompareTo(PeriodId? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byCutOff = LastMonth.CompareTo(other.LastMonth);

        // Same cut-off (Q2 and H1, Q3 and 9M, Q4 and the year): the shorter period first.
        return byCutOff != 0 ? byCutOff : other.FirstMonth.CompareTo(FirstMonth);
    }

    public override string ToString() => Id;

    /// <exception cref="FormatException">The text is not a canonical period id; the message says why.</exception>
    public static PeriodId Parse(string? text) =>
        TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    public static PeriodId Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PeriodId result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out PeriodId period) =>
        TryParse(text, out period, out _);

    /// <param name="error">A Vietnamese message for the operator when the id is not canonical.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out PeriodId period, [NotNullWhen(false)] out string? error)
    {
        var parsed = TryParseLocalized(text, out period, out var problem);
        error = problem?.Vi;
        return parsed;
    }

    /// <param name="problem">What is wrong with the id and what was meant, in Vietnamese and English.</param>
    public static bool TryParseLocalized([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out PeriodId period, [NotNullWhen(false)] out LocalizedText? problem)
    {
        period = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new("Thiếu mã kỳ báo cáo (dạng hợp lệ: 2023, 2023-H1, 2023-9M, 2023-Q1…2023-Q4).",
                "The period id is missing (valid forms: 2023, 2023-H1, 2023-9M, 2023-Q1…2023-Q4).");
            return false;
        }

        if (text != text.Trim())
        {
            problem = new($"Mã kỳ báo cáo '{text}' có khoảng trắng thừa; viết '{text.Trim()}'.",
                $"The period id '{text}' has surrounding spaces; write '{text.Trim()}'.");
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var yearText = dash < 0 ? text : text[..dash];
        var suffix = dash < 0 ? null : text[(dash + 1)..];
        if (yearText.Length != 4 || !yearText.All(char.IsAsciiDigit))
        {
            problem = new($"Mã kỳ báo cáo '{text}' không hợp lệ: năm phải có 4 chữ số, ví dụ 2023-Q1.",
                $"The period id '{text}' is not valid: the year has 4 digits, e.g. 2023-Q1.");
            return false;
        }

        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            problem = new($"Mã kỳ báo cáo '{text}' không hợp lệ: năm phải từ {MinYear} đến {MaxYear}.",
                $"The period id '{text}' is not valid: the year is from {MinYear} to {MaxYear}.");
            return false;
        }

        if (suffix is null)
        {
            period = ForYear(year);
            return true;
        }

        switch (suffix)
        {
            case "H1":
                period = FirstHalf(year);
                return true;
            case "9M":
                period = NineMonths(year);
                return true;
            case ['Q', var digit] when digit is >= '1' and <= '4':
                period = ForQuarter(year, digit - '0');
                return true;
        }

        problem = SuffixProblem(text, year, suffix);
        return false;
    }

    private static LocalizedText SuffixProblem(string text, int year, string suffix)
    {
        var upper = suffix.ToUpperInvariant();
        if (upper != suffix && TryParse($"{year}-{upper}", out var meant))
        {
            return new($"Mã kỳ báo cáo '{text}' phải viết hoa: '{meant}'.", $"The period id '{text}' is written in capitals: '{meant}'.");
        }

        return upper switch
        {
            "H2" => new($"Không có kỳ 6 tháng cuối năm ('{text}'): kỳ 6 tháng là '{year}-H1', cả năm là '{year}'.",
                $"There is no second-half period ('{text}'): the 6-month period is '{year}-H1', the year is '{year}'."),
            "6M" or "6T" => new($"Kỳ 6 tháng viết là '{year}-H1', không phải '{text}'.", $"The 6-month period is written '{year}-H1', not '{text}'."),
            "9T" => new($"Kỳ 9 tháng viết là '{year}-9M', không phải '{text}'.", $"The 9-month period is written '{year}-9M', not '{text}'."),
            ['Q', ..] => new($"Mã kỳ báo cáo '{text}' không hợp lệ: quý phải từ Q1 đến Q4.", $"The period id '{text}' is not valid: quarters are Q1 to Q4."),
            _ => new($"Mã kỳ báo cáo '{text}' không hợp lệ; dạng hợp lệ: {year}, {year}-H1, {year}-9M, {year}-Q1…{year}-Q4.",
                $"The period id '{text}' is not valid; valid forms: {year}, {year}-H1, {year}-9M, {year}-Q1…{year}-Q4."),
        };
    }
}
