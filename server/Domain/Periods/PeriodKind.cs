namespace CchcGrpc.Server.Domain.Periods;

/// <summary>The kinds of kỳ báo cáo; values match cchc.v1.Period.Kind.</summary>
public enum PeriodKind
{
    /// <summary>Báo cáo năm: "2023".</summary>
    Year = 1,

    /// <summary>Báo cáo 6 tháng đầu năm: "2023-H1". There is no second-half report; the year report covers it.</summary>
    HalfYear = 2,

    /// <summary>Báo cáo 9 tháng: "2023-9M".</summary>
    NineMonths = 3,

    /// <summary>Báo cáo quý: "2023-Q1" … "2023-Q4".</summary>
    Quarter = 4,
}
