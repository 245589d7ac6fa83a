using CchcGrpc.Client.Import;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;
using UnitLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Tests.Imports.Layouts;

/// <summary>
/// How a transformed document maps, against how its seed maps as printed: a value row is correct when
/// it lands on the indicator its seed row lands on, wrong when it lands on any other (or a row the
/// layout added lands anywhere with a value), missed when it is not mapped. Rows are traced back by
/// the line their first line came from. Runs the client's reader and the server's mapper, as an import does.
/// </summary>
public sealed record MappingScore(string Document, int Values, int Correct, int Wrong, int Missed, IReadOnlyList<string> Mistakes)
{
    /// <summary>Each value row not mapped, with what its lines were read as: for looking into a low recall.</summary>
    public IReadOnlyList<string> Misses { get; init; } = [];

    public double Precision => Correct + Wrong == 0 ? 1 : (double)Correct / (Correct + Wrong);

    public double Recall => Values == 0 ? 1 : (double)Correct / Values;

    public static MappingScore Of(LayoutDocument document, IReadOnlyDictionary<int, string> truth, UnitLevel level, MatchThresholds? thresholds = null)
    {
        var rows = ExtractedAppendix.Extract(document.Text, document.Layout.Name).Rows;
        var mapped = Map(rows, level, thresholds);
        var (correct, wrong, mistakes) = (0, 0, new List<string>());
        var found = new HashSet<int>();
        // As the server stores them: an empty row gives way to a filled one of the same indicator; of two filled, the first is kept.
        var filled = mapped.Where(m => m.Indicator is not null && HasContent(m.Row)).Select(m => m.Indicator!).ToHashSet();
        var claimed = new HashSet<string>();
        foreach (var (row, indicator) in mapped)
        {
            if (indicator is null || !HasContent(row) && filled.Contains(indicator) || !claimed.Add(indicator) || !HasContent(row))
            {
                continue;
            }
            var origin = document.Origins.GetValueOrDefault(row.Line);
            if (truth.TryGetValue(origin, out var expected) && expected == indicator)
            {
                correct++;
                found.Add(origin);
                continue;
            }
            wrong++;
            mistakes.Add($"line {row.Line} '{row.Indicator} {row.Label}' → {indicator}, " + (origin == ForeignRows.Origin ? "a row the catalog does not have"
                : $"seed line {origin} is {(truth.TryGetValue(origin, out var e) ? e : "no value row")}"));
        }
        var values = truth.Count;
        var missed = truth.Where(t => !found.Contains(t.Key)).Select(t => $"seed line {t.Key} ({t.Value}) as lines {string.Join(",", document.Origins.Where(o => o.Value == t.Key).Select(o => o.Key))}: "
            + string.Join(" | ", mapped.Where(m => document.Origins.GetValueOrDefault(m.Row.Line) == t.Key).Select(m => $"'{m.Row.Indicator} {m.Row.Label}' [{m.Row.UnitOfMeasure}] [{m.Row.RawValue}] → {m.Indicator ?? "none"}")));
        return new(document.Layout.Name, values, correct, wrong, values - found.Count, mistakes) { Misses = [.. missed] };
    }

    private static bool HasContent(SourceRow row) => row.RawValue.Length + row.Note.Length > 0;

    /// <summary>What each row of a seed, as printed, is: seed line → indicator, for rows with a value or note.</summary>
    public static IReadOnlyDictionary<int, string> Truth(string seedText, string seed, UnitLevel level) =>
        Map(ExtractedAppendix.Extract(seedText, seed).Rows, level, null)
            .Where(m => m.Indicator is not null && m.Row.RawValue.Length + m.Row.Note.Length > 0)
            .ToDictionary(m => m.Row.Line, m => m.Indicator!);

    private static List<(SourceRow Row, string? Indicator)> Map(IReadOnlyList<SourceRow> rows, UnitLevel level, MatchThresholds? thresholds)
    {
        var catalog = CatalogLoader.Current;
        var formRows = rows.Select(r => new FormRow(r.Indicator, r.Label, r.UnitOfMeasure, r.RawValue, r.Note, r.Table)).ToList();
        var matches = new FormRowMatcher(catalog, MatchScope.For(catalog, MatchScope.AnyForm, level), null, thresholds).Match(formRows);
        return [.. rows.Select((r, i) => (r, matches[i].Indicator?.Id))];
    }
}
