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

    // Scores are sums of word weights: an exact wording scores 1 up to rounding.
    private const double Exact = 1 - 1e-9;

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
        var candidates = phrases.Select((p, i) => Rank(rows[i], p)).ToArray();
        var headings = rows.Select((r, i) => Heading(r, phrases[i], candidates[i])).ToArray();
        var places = RowStructure.Of(rows, i => headings[i] is not null);
        for (var i = 0; i < rows.Count; i++)
        {
            if (places[i].Label != LabelText.StripMarkup(rows[i].Label).Trim())
            {
                // "Trong đó: Số TTHC cấp tỉnh" is compared as "Số TTHC cấp tỉnh".
                phrases[i] = _index.Phrases(places[i].Label);
                candidates[i] = Rank(rows[i], phrases[i]);
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
            var wholes = Wholes(place, place.Parent >= 0 ? matches[place.Parent] : null, matches, place.Parent >= 0 ? place.Parent : i);
            var clear = true;
            matches[i] = headings[i] is { } heading
                ? new RowMatch(rows[i], RowMatchKind.Section, null, heading)
                : place.Intro
                    ? new RowMatch(rows[i], RowMatchKind.Ignored, null, fields[i], ParentLabel: parentLabel)
                    : ByRule(rows[i], place, fields[i], parentLabel)
                      ?? ByMeaning(rows[i], place, phrases[i], candidates[i], parentLabel, new RowContext(wholes, rows[i].Unit, fields[i], _scope.Level, used, RowCodes.Clean(rows[i].Code), recent, CountsUnitsAbove(rows[i])), ties, out clear) with { ParentLabel = parentLabel };
            if (matches[i].Indicator is { } indicator)
            {
                // Only a clear choice rules an indicator out for later rows: a guess would pass its error on.
                // And only a row with something in it: an empty one gives way to a filled one of the same indicator.
                if ((matches[i].Kind is not (RowMatchKind.CodeAndLabel or RowMatchKind.Label) || clear) && HasContent(rows[i])) used.Add(indicator.Id);
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

    private RowMatch ByMeaning(FormRow row, RowPlace place, IReadOnlyList<Phrase> phrases, IReadOnlyList<IndicatorCandidate> ranked, string parentLabel, RowContext context, TieBreak ties, out bool clear)
    {
        clear = false;
        var scored = ranked.ToDictionary(c => c.Indicator, c => c.Score);
        if (place.IsPart && context.Wholes.Count > 0 && context.Wholes.SelectMany(Descendants).Distinct().ToList() is { Count: > 0 } parts)
        {
            if (place.Shape != CodeShape.Arabic)
            {
                // Under "Trong đó" or a bullet the row is a part of its whole (a form may skip a level: the
                // department form prints III.1.4.1 right under 3.1), whatever else its words fit; unless it
                // prints another indicator's wording exactly (the department form puts VII.6.3.1 under 3.5).
                var within = Equalized(parts.Where(p => row.Unit.Trim().Length == 0 || p.Type != IndicatorType.Group)
                    .Select(p => new IndicatorCandidate(p, _index.Score(phrases, p))), row, phrases).ToDictionary(c => c.Indicator, c => c.Score);
                var exactly = ranked.Where(c => c.Score >= Exact).Select(c => c.Indicator).Union(within.Where(c => c.Value >= Exact).Select(c => c.Key)).ToList();
                scored = exactly.Count == 1 ? new Dictionary<Indicator, double> { [exactly[0]] = 1 }
                    : within.Values.DefaultIfEmpty(0).Max() >= _thresholds.Accept || exactly.Count == 0 ? within
                    : exactly.ToDictionary(i => i, _ => 1.0);
            }
            if (scored.Values.DefaultIfEmpty(0).Max() < _thresholds.Accept)
            {
                // A part may name only what sets it apart from its whole ("Cấp tỉnh" under "Tổng số TTHC …"):
                // when its own words agree with nothing, compare them with what sets each part of the whole apart.
                // Only then: setting the whole's words aside can make two parts alike ("… cấp huyện … với UBND tỉnh"
                // and "… cấp xã … với UBND huyện" under "… từ cấp tỉnh đến cấp xã").
                // And only with a part whose wording holds every word of the row: the row adds nothing it lacks.
                var whole = new Phrase(context.Wholes.SelectMany(_index.WordingsOf).Append(_index.PhraseOf(parentLabel)).SelectMany(w => w.Words), _index.Weight, phrases.Count == 0 || phrases[0].Accented);
                foreach (var part in parts.Where(p => _index.WordingsOf(p).Any(w => phrases.Any(r => w.Covers(r) >= 1))))
                {
                    var score = _index.PartScore(phrases, part, whole);
                    if (score > scored.GetValueOrDefault(part)) scored[part] = score;
                }
            }
        }
        if (HasContent(row))
        {
            // An indicator an earlier row clearly filled is not filled twice: a later row would only be refused as a duplicate.
            foreach (var taken in scored.Keys.Where(i => context.Used.Contains(i.Id)).ToList()) scored.Remove(taken);
        }
        var ordered = scored.Select(s => new IndicatorCandidate(s.Key, s.Value)).OrderByDescending(c => c.Score).ThenBy(c => c.Indicator.Id, StringComparer.Ordinal).ToList();
        var closest = ordered.Take(ListedCandidates).ToList();
        if (ordered.Count == 0 || ordered[0].Score < _thresholds.Accept)
        {
            return new RowMatch(row, RowMatchKind.Unmatched, null, context.Field, 0, closest);
        }
        var best = ordered[0].Score;
        var close = ordered.TakeWhile(c => c.Score >= _thresholds.Accept && c.Score >= best - _thresholds.TieMargin).ToList();
        // A row that prints one indicator's wording exactly is that one, however close another comes.
        var exact = close.Where(c => c.Score >= Exact).ToList();
        if (exact.Count == 1)
        {
            close = exact;
        }
        var decidedBy = -1;
        var chosen = close.Count == 1 ? close[0].Indicator : ties.Choose([.. close.Select(c => c.Indicator)], context, out decidedBy);
        clear = close.Count == 1 || decidedBy is TieBreak.ByUse or TieBreak.ByParent;
        if (chosen is null)
        {
            return new RowMatch(row, RowMatchKind.Ambiguous, null, context.Field, 0, [.. close.Take(ListedCandidates)]);
        }
        var kind = context.Code.Length > 0 && _index.CodesOf(chosen).Contains(context.Code) ? RowMatchKind.CodeAndLabel : RowMatchKind.Label;
        return new RowMatch(row, kind, chosen, context.Field, scored[chosen]);
    }

    // A row that prints a unit (a measure, or a choice's options) counts something: it is no heading.
    private IReadOnlyList<IndicatorCandidate> Rank(FormRow row, IReadOnlyList<Phrase> phrases) =>
        phrases.Count == 0
            ? []
            : [.. Equalized(_catalog.Indicators.Where(i => row.Unit.Trim().Length == 0 || i.Type != IndicatorType.Group)
                    .Select(i => new IndicatorCandidate(i, _index.Score(phrases, i))).Where(c => c.Score > 0), row, phrases)
                .OrderByDescending(c => c.Score).ThenBy(c => c.Indicator.Id, StringComparer.Ordinal).Take(KeptCandidates)];

    // A label cut short agrees equally with every wording it is the start of: "… tự chủ 100% chi thường" is
    // "… chi thường xuyên" or "… chi thường xuyên và chi đầu tư", whichever the shorter happens to resemble more.
    // One that reads as cut ("… dưới dạng điện tử và") agrees no better with any wording it is not the start of.
    private IEnumerable<IndicatorCandidate> Equalized(IEnumerable<IndicatorCandidate> candidates, FormRow row, IReadOnlyList<Phrase> phrases)
    {
        var list = candidates.ToList();
        // Only the label as printed can be cut short (not the label less its asides), and not one that is a wording whole.
        var cut = phrases.Count == 0 || list.Any(c => c.Score >= Exact) ? [] : list.Where(c => _index.IsCutShortOf(phrases[0], c.Indicator)).ToList();
        if (cut.Count == 0)
        {
            return list;
        }
        var best = cut.Max(c => c.Score);
        var looksCut = LabelText.LooksCut(row.Label);
        return list.Select(c => cut.Contains(c) ? c with { Score = best } : looksCut ? c with { Score = Math.Min(c.Score, best) } : c);
    }

    // What the row it is under may be: its indicator; the ones it was ambiguous between; for a part whose
    // whole is unknown (a row the catalog lacks took the whole's place), the nearest whole above that row.
    private List<Indicator> Wholes(RowPlace place, RowMatch? parent, RowMatch[] matches, int above)
    {
        if (parent?.Indicator is { } whole)
        {
            return [whole];
        }
        if (parent?.Kind == RowMatchKind.Ambiguous)
        {
            return [.. parent.Closest.Select(c => c.Indicator)];
        }
        if (place.IsPart && place.Shape != CodeShape.Arabic)
        {
            for (var j = above - 1; j >= 0; j--)
            {
                if (matches[j].Kind == RowMatchKind.Section) break;
                if (matches[j].Indicator is { } earlier && _catalog.ChildrenOf(earlier.Id).Count > 0) return [earlier];
            }
        }
        return [];
    }

    private List<Indicator> Descendants(Indicator parent)
    {
        var found = new List<Indicator>();
        foreach (var child in _catalog.ChildrenOf(parent.Id))
        {
            found.Add(child);
            found.AddRange(Descendants(child));
        }
        return found;
    }

    private bool CountsUnitsAbove(FormRow row) => _scope.Level is { } level && LevelScope.UnitsAbove(row.Label, level) is not null;

    private static bool HasContent(FormRow row) => row.Value.Trim().Length > 0 || row.Note.Trim().Length > 0;

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
