namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Reads coded options as the forms print them in the unit column: "Chưa = 0, Hoàn thành = 1".</summary>
internal static class ChoiceOptionText
{
    private const string YesNo = "Không = 0, Có = 1";

    public static IReadOnlyList<ChoiceOption> Parse(string id, IndicatorType type, string? written, List<string> problems)
    {
        written ??= type == IndicatorType.YesNo ? YesNo : null;
        if (type is not (IndicatorType.Choice or IndicatorType.YesNo))
        {
            if (written is not null) problems.Add($"{id}: only choice indicators have options");
            return [];
        }

        var options = new List<ChoiceOption>();
        foreach (var part in (written ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', StringSplitOptions.TrimEntries);
            if (pieces.Length == 2 && int.TryParse(pieces[1], out var code)) options.Add(new(code, pieces[0]));
            else problems.Add($"{id}: option '{part}' is not 'Label = code'");
        }

        if (options.Count < 2) problems.Add($"{id}: a choice needs at least two options");
        if (options.DistinctBy(o => o.Code).Count() != options.Count) problems.Add($"{id}: option codes repeat");
        return options;
    }
}
