using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Maps the printed rows of a report's appendix to catalog indicators by meaning: a row is an
/// indicator only when its label agrees with one of the indicator's wordings (accent-, case- and
/// spacing-insensitive, weighted by how telling each word is), with the row's parent and the table's
/// field as context. The printed code never overrides a label that disagrees: it only helps choose
/// among indicators whose wordings agree equally (<see cref="TieBreak"/>). A row no wording agrees
/// with, or that several fit with nothing to tell them apart, is left unmapped with its closest
/// candidates. A map file's rules (<see cref="MapRuleSet"/>) come before all this.
/// </summary>
public sealed class FormRowMatcher
{
    private const int ListedCandidates = 3;
    private const int KeptCandidates = 8;

    private readonly IndicatorCatalog _catalog;
    private readonly MatchScope _scope;
    private readonly LabelIndex _index;
    private readonly MapRuleSet _rules;
    private readonly MatchThresholds _thresholds;

    public FormRowMatcher(IndicatorCatalog catalog, string variantId, UnitLevel? level = null)
        : this(catalog, MatchScope.For(catalog, variantId, level))
    {
    }

    public FormRowMatcher(IndicatorCatalog catalog, MatchScope scope, MapRuleSet? rules = null, MatchThresholds? thresholds = null)
    {
        (_catalog, _scope, _rules, _thresholds) = (catalog, scope, rules ?? MapRuleSet.None, thresholds ?? MatchThresholds.Default);
        _index = LabelIndex.For(catalog, scope.Forms);
    }

    public IReadOnlyList<RowMatch> Match(IEnumerable<FormRow> source)
    {
        var rows = source as IReadOnlyList<FormRow> ?? [.. source];
        var phrases = rows.Select(r => _index.Phrases(LabelText.StripMarkup(r.Label))).ToArray();
        var candidates = phrases.Select(Rank).ToArray();
        var headings = rows.Select((r, i) => Heading(r, phrases[i], candidates[i])).ToArray();
        var places = RowStructure.Of(rows, i => headings[i] is not null);
        for (var i = 0; i < rows.Count; i++)
        {
            if (places[i].Label != LabelText.StripMarkup(rows[i].Label).Trim())
            {
                // "Trong đó: Số TTHC cấp tỉnh" is compared as "Số TTHC cấp tỉnh".
                phrases[i] = _index.Phrases(places[i].Label);
                candidates[i] = Rank(phrases[i]);
            }
        }
        var fields = TableFields.Resolve(rows, headings, candidates, _index, _thresholds);
        var matches = new RowMatch[rows.Count];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var recent = new List<Indicator>();
        var ties = new TieBreak(_index);
        for (var i = 0; i < rows.Count; i++)
        {
            var place = places[i];
            var parentLabel = place.Parent >= 0 ? LabelText.StripMarkup(rows[place.Parent].Label).Trim() : "";
            var parent = place.Parent >= 0 ? matches[place.Parent].Indicator : null;
            matches[i] = headings[i] is { } heading
                ? new RowMatch(rows[i], RowMatchKind.Section, null, heading)
                : place.Intro
                    ? new RowMatch(rows[i], RowMatchKind.Ignored, null, fields[i], ParentLabel: parentLabel)
                    : ByRule(rows[i], place, fields[i], parentLabel)
                      ?? ByMeaning(rows[i], place, phrases[i], candidates[i], parentLabel, new RowContext(parent, rows[i].Unit, fields[i], _scope.Level, used, RowCodes.Clean(rows[i].Code), recent), ties) with { ParentLabel = parentLabel };
            if (matches[i].Indicator is { } indicator)
            {
                used.Add(indicator.Id);
                recent.Add(indicator);
            }
        }
        return matches;
    }

    private RowMatch? ByRule(FormRow row, RowPlace place, Field? field, string parentLabel)
    {
        if (_rules.Find(field, row.Code, place.Label, parentLabel) is not { } rule)
        {
            return null;
        }
        return rule.IndicatorId is { } id && _catalog.TryGet(id, out var indicator)
            ? new RowMatch(row, RowMatchKind.Rule, indicator, field, 1, ParentLabel: parentLabel)
            : new RowMatch(row, RowMatchKind.Ignored, null, field, ParentLabel: parentLabel);
    }

    private RowMatch ByMeaning(FormRow row, RowPlace place, IReadOnlyList<Phrase> phrases, IReadOnlyList<IndicatorCandidate> ranked, string parentLabel, RowContext context, TieBreak ties)
    {
        var scored = ranked.ToDictionary(c => c.Indicator, c => c.Score);
        if (place.IsPart && context.Parent is { } parent && (ranked.Count == 0 || ranked[0].Score < _thresholds.Accept))
        {
            // A part may name only what sets it apart from its whole ("Cấp tỉnh" under "Tổng số TTHC …"):
            // when its own words agree with nothing, compare them with what sets each part of the whole apart.
            // Only then: setting the whole's words aside can make two parts alike ("… cấp huyện … với UBND tỉnh"
            // and "… cấp xã … với UBND huyện" under "… từ cấp tỉnh đến cấp xã").
            var whole = new Phrase(_index.WordingsOf(parent).Append(_index.PhraseOf(parentLabel)).SelectMany(w => w.Words), _index.Weight);
            foreach (var child in _catalog.ChildrenOf(parent.Id))
            {
                var score = _index.PartScore(phrases, child, whole);
                if (score > scored.GetValueOrDefault(child)) scored[child] = score;
            }
        }
        var ordered = scored.Select(s => new IndicatorCandidate(s.Key, s.Value)).OrderByDescending(c => c.Score).ThenBy(c => c.Indicator.Id, StringComparer.Ordinal).ToList();
        var closest = ordered.Take(ListedCandidates).ToList();
        if (ordered.Count == 0 || ordered[0].Score < _thresholds.Accept)
        {
            return new RowMatch(row, RowMatchKind.Unmatched, null, context.Field, 0, closest);
        }
        var best = ordered[0].Score;
        var close = ordered.TakeWhile(c => c.Score >= _thresholds.Accept && c.Score >= best - _thresholds.TieMargin).ToList();
        var chosen = close.Count == 1 ? close[0].Indicator : ties.Choose([.. close.Select(c => c.Indicator)], context);
        if (chosen is null)
        {
            return new RowMatch(row, RowMatchKind.Ambiguous, null, context.Field, 0, [.. close.Take(ListedCandidates)]);
        }
        var kind = context.Code.Length > 0 && _index.CodesOf(chosen).Contains(context.Code) ? RowMatchKind.CodeAndLabel : RowMatchKind.Label;
        return new RowMatch(row, kind, chosen, context.Field, scored[chosen]);
    }

    private IReadOnlyList<IndicatorCandidate> Rank(IReadOnlyList<Phrase> phrases) =>
        phrases.Count == 0
            ? []
            : [.. _catalog.Indicators.Select(i => new IndicatorCandidate(i, _index.Score(phrases, i))).Where(c => c.Score > 0)
                .OrderByDescending(c => c.Score).ThenBy(c => c.Indicator.Id, StringComparer.Ordinal).Take(KeptCandidates)];

    // A row with no value whose label is a field's title (and no indicator's wording better) heads that field.
    private Field? Heading(FormRow row, IReadOnlyList<Phrase> phrases, IReadOnlyList<IndicatorCandidate> candidates)
    {
        if (phrases.Count == 0 || row.Value.Trim().Length > 0 || row.Unit.Trim().Length > 0 || row.Note.Trim().Length > 0)
        {
            return null;
        }
        var (field, score) = _index.BestField(phrases);
        return score >= _thresholds.Section && score > (candidates.Count > 0 ? candidates[0].Score : 0) ? field : null;
    }
}
