using Cchc.V1;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>What the answer says of a printed row the server did not map: why, and the closest indicators with their scores.</summary>
public static class RowCandidates
{
    public static IEnumerable<Cchc.V1.IndicatorCandidate> ToProto(RowMatch? match) =>
        (match?.Closest ?? []).Select(c => new Cchc.V1.IndicatorCandidate { IndicatorId = c.Indicator.Id, Name = c.Indicator.Name, Score = Math.Round(c.Score, 3) });

    /// <summary>Why the row is not written, naming its code and label as printed and the closest indicators.</summary>
    public static string Explain(MappedRow mapped, string catalogVersion, string variant)
    {
        var row = mapped.Row;
        var printed = $"'{$"{row.Indicator} {row.Label}".Trim()}'";
        var closest = string.Join("; ", (mapped.Match?.Closest ?? []).Select(c => $"{c.Indicator.Id} '{c.Indicator.Name}' {c.Score:0.00}"));
        var nothingLost = HasContent(row) ? "not written" : "it holds no value, so nothing is lost";
        return mapped.Kind == RowMatchKind.Ambiguous
            ? $"{printed} agrees equally with {closest}, and nothing in the report tells them apart; {nothingLost}. A map file (--map) can say which it is."
            : mapped.Match is null
                ? $"{printed} names no indicator of catalog {catalogVersion} ({(variant.Length == 0 ? "id" : variant)})."
                : $"{printed} agrees with no indicator of catalog {catalogVersion} closely enough{(closest.Length > 0 ? $" (closest: {closest})" : "")}; {nothingLost}.";
    }

    /// <summary>Whether the row carries anything to store: a value or a note.</summary>
    public static bool HasContent(ImportRow row) => row.RawValue.Trim().Length > 0 || row.Note.Trim().Length > 0;
}
