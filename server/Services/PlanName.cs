using System.Globalization;
using System.Text.RegularExpressions;

namespace CchcGrpc.Server.Services;

/// <summary>"plans/{unit_code}/{year}".</summary>
public sealed partial record PlanName(string UnitCode, int Year)
{
    public override string ToString() => $"plans/{UnitCode}/{Year.ToString(CultureInfo.InvariantCulture)}";

    public static PlanName Parse(string name, string field) =>
        Pattern().Match(name) is { Success: true } m
            ? new PlanName(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw Errors.Invalid(field, new($"'{name}' không phải tên kế hoạch; hãy dùng plans/{{mã đơn vị}}/{{năm}}, ví dụ plans/67/2024.",
                $"'{name}' is not a plan name; use plans/{{unit_code}}/{{year}}, e.g. plans/67/2024."));

    [GeneratedRegex(@"^plans/([^/\s]+)/(\d{4})$")]
    private static partial Regex Pattern();
}
