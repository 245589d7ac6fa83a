using System.Globalization;
using CchcGrpc.Server.Domain.Numbers;
using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Domain.Indices;

/// <summary>What an index result must satisfy before it is stored; each problem in both languages, with the field at fault.</summary>
public static class IndexResultRules
{
    public static IReadOnlyList<(string Field, LocalizedText Problem)> Check(IndexResult result)
    {
        var problems = new List<(string, LocalizedText)>();
        if (!Enum.IsDefined(result.Kind))
        {
            problems.Add(("kind", new("Hãy chọn chỉ số: PAR INDEX, SIPAS, PAPI, PCI hoặc DTI.", "Choose an index: PAR INDEX, SIPAS, PAPI, PCI or DTI.")));
        }
        if (result.Year is < 2000 or > 2999)
        {
            problems.Add(("year", new($"Năm {result.Year} không hợp lệ.", $"Year {result.Year} is not valid.")));
        }
        if (result.Rank is { } rank && (rank < 1 || (result.PeerCount is { } peers && rank > peers)))
        {
            problems.Add(("rank", new($"Thứ hạng {rank} phải từ 1 đến số đơn vị được xếp hạng ({result.PeerCount}).", $"Rank {rank} must be between 1 and the number of ranked units ({result.PeerCount}).")));
        }
        if (result.PeerCount is < 1)
        {
            problems.Add(("peer_count", new("Số đơn vị được xếp hạng phải lớn hơn 0.", "The number of ranked units must be positive.")));
        }
        if (result.Source.Trim().Length == 0 && !result.Demo)
        {
            problems.Add(("source", new("Kết quả công bố phải ghi nguồn (quyết định, báo cáo); số liệu mẫu thì đánh dấu demo.", "A published result needs its source (decision, report); sample numbers must be marked demo.")));
        }
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Components.Count; i++)
        {
            var c = result.Components[i];
            var field = $"components[{i}]";
            if (c.Code.Trim().Length == 0 || !codes.Add(c.Code))
            {
                problems.Add(($"{field}.code", new($"Mã tiêu chí '{c.Code}' trống hoặc trùng.", $"Criterion code '{c.Code}' is empty or repeated.")));
            }
            if (c.ParentCode is { } parent && !codes.Contains(parent))
            {
                problems.Add(($"{field}.parent_code", new($"Tiêu chí {c.Code}: tiêu chí cha '{parent}' phải đứng trước.", $"Criterion {c.Code}: its parent '{parent}' must come first.")));
            }
            if (!IndexKinds.IsSelfAssessed(result.Kind) && (c.SelfAssessed is not null || c.Appraised is not null))
            {
                problems.Add(($"{field}.self_assessed", new($"{IndexKinds.Code(result.Kind)} không có điểm tự đánh giá và thẩm định.", $"{IndexKinds.Code(result.Kind)} has no self-assessed or appraised scores.")));
            }
            foreach (var (name, value) in new[] { ("self_assessed", c.SelfAssessed), ("appraised", c.Appraised), ("score", c.Score) })
            {
                if (value is { } v && (v < 0 || (c.MaxPoints is { } max && v > max)))
                {
                    var ceiling = c.MaxPoints ?? 0m;
                    problems.Add(($"{field}.{name}", new($"Tiêu chí {c.Code}: điểm {VietnameseNumber.Format(v, 4)} ngoài khoảng 0–{VietnameseNumber.Format(ceiling, 4)}.",
                        $"Criterion {c.Code}: score {v.ToString(CultureInfo.InvariantCulture)} is outside 0–{ceiling.ToString(CultureInfo.InvariantCulture)}.")));
                }
            }
        }
        return problems;
    }
}
