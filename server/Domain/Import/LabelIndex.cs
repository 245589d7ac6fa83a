using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// Every wording of the catalog's indicators and fields that rows of the given form variants may
/// print (the catalog name, each variant's own label, each without its parenthesised asides), the
/// codes those variants print, and the weight of each word: words that many indicators share ("số",
/// "tỷ lệ") tell little, words few share ("huyện", "viên chức") tell a lot. Immutable; built once
/// per catalog and set of variants.
/// </summary>
public sealed class LabelIndex
{
    private static readonly ConditionalWeakTable<IndicatorCatalog, ConcurrentDictionary<string, LabelIndex>> Cache = new();

    // Every word keeps some weight, so a row that adds or drops even a common word scores below 1.
    private const double MinimumWeight = 0.1;

    /// <summary>
    /// A label that is a wording cut short (forms truncate long names: "… thanh toán trực") agrees this
    /// well, when it keeps at least <see cref="MinimumCutWords"/> words: as well as a close rewording, less
    /// than the wording itself, so that two wordings it starts alike stay a tie.
    /// </summary>
    public const double CutShortScore = 0.9;

    public const int MinimumCutWords = 6;

    private readonly FrozenDictionary<string, double> _weights;
    private readonly double _unknownWeight;
    private readonly FrozenDictionary<string, Phrase[]> _wordings;
    private readonly FrozenDictionary<string, FrozenSet<string>> _codes;
    private readonly (Field Field, Phrase Title)[] _fieldTitles;

    private LabelIndex(IndicatorCatalog catalog, IReadOnlyList<string> forms)
    {
        Catalog = catalog;
        Forms = forms;
        var texts = catalog.Indicators.ToDictionary(i => i.Id, i => Wordings(i, forms).ToList());
        var fieldTexts = catalog.Fields.Select(f => (f.Field, Texts: new[] { f.Name }.Concat(f.Titles.Values).Distinct().ToList())).ToList();
        // Document frequency over indicators and fields: each counts a word once however many wordings hold it.
        var documents = texts.Values.Concat(fieldTexts.Select(f => f.Texts)).Select(d => d.SelectMany(LabelText.Words).Select(w => w.Folded).ToHashSet()).ToList();
        var frequency = documents.SelectMany(d => d).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var n = documents.Count;
        _weights = frequency.ToFrozenDictionary(f => f.Key, f => Math.Max(MinimumWeight, Math.Log((n + 1.0) / f.Value)));
        _unknownWeight = Math.Log(n + 1.0);
        _wordings = texts.ToFrozenDictionary(t => t.Key, t => t.Value.Select(PhraseOf).Where(p => !p.IsEmpty).ToArray());
        _codes = catalog.Indicators.ToFrozenDictionary(i => i.Id, i => Codes(i, forms).ToFrozenSet());
        _fieldTitles = [.. fieldTexts.SelectMany(f => f.Texts.SelectMany(WithAndWithoutAsides).Distinct().Select(t => (f.Field, PhraseOf(t))))];
    }

    public IndicatorCatalog Catalog { get; }

    /// <summary>The form variants whose labels and codes rows are compared with.</summary>
    public IReadOnlyList<string> Forms { get; }

    public static LabelIndex For(IndicatorCatalog catalog, IReadOnlyList<string> forms) =>
        Cache.GetOrCreateValue(catalog).GetOrAdd(string.Join(',', forms), _ => new LabelIndex(catalog, forms));

    /// <summary>How much a word tells rows apart: ln((N+1)/df) over the catalog's N indicators and fields; unknown words the most.</summary>
    public double Weight(string word) => _weights.TryGetValue(word, out var weight) ? weight : _unknownWeight;

    public Phrase PhraseOf(string text) => new(LabelText.Words(text), Weight, LabelText.HasAccents(text));

    /// <summary>The label and the label without its asides (one phrase when they are the same).</summary>
    public IReadOnlyList<Phrase> Phrases(string label) => [.. WithAndWithoutAsides(label).Distinct().Select(PhraseOf).Where(p => !p.IsEmpty)];

    public IReadOnlyList<Phrase> WordingsOf(Indicator indicator) => _wordings[indicator.Id];

    /// <summary>The codes the forms print for the indicator, and its catalog code, without trailing dots.</summary>
    public IReadOnlySet<string> CodesOf(Indicator indicator) => _codes[indicator.Id];

    /// <summary>How well a row's phrases agree with the indicator's best wording, 0–1.</summary>
    public double Score(IReadOnlyList<Phrase> row, Indicator indicator)
    {
        var best = 0.0;
        foreach (var wording in _wordings[indicator.Id])
        {
            foreach (var phrase in row)
            {
                best = Math.Max(best, phrase == row[0] && phrase.StartsOf(wording, MinimumCutWords) ? Math.Max(CutShortScore, phrase.Similarity(wording)) : phrase.Similarity(wording));
            }
        }
        return best;
    }

    /// <summary>Whether the row's label is one of the indicator's wordings cut short.</summary>
    public bool IsCutShortOf(Phrase row, Indicator indicator) => _wordings[indicator.Id].Any(w => row.StartsOf(w, MinimumCutWords));

    /// <summary>
    /// How well a part row agrees with a part of its parent once the words it shares with the parent
    /// are set aside: "Cấp tỉnh" under "Tổng số TTHC …" against "Số TTHC cấp tỉnh".
    /// </summary>
    public double PartScore(IReadOnlyList<Phrase> row, Indicator indicator, Phrase parent)
    {
        var best = 0.0;
        foreach (var wording in _wordings[indicator.Id])
        {
            var own = wording.Without(parent);
            foreach (var phrase in row)
            {
                best = Math.Max(best, phrase.Without(parent).Similarity(own));
            }
        }
        return best;
    }

    /// <summary>The field whose heading the row's label is, with its similarity.</summary>
    public (Field Field, double Score) BestField(IReadOnlyList<Phrase> row)
    {
        var best = (Field: Field.I, Score: 0.0);
        foreach (var (field, title) in _fieldTitles)
        {
            foreach (var phrase in row)
            {
                var score = phrase.Similarity(title);
                if (score > best.Score) best = (field, score);
            }
        }
        return best;
    }

    /// <summary>The field whose heading a table title holds most of ("Phụ lục 3: Cải cách thủ tục hành chính"), with that share.</summary>
    public (Field Field, double Cover) TitleField(string title)
    {
        var phrase = PhraseOf(title);
        var best = (Field: Field.I, Cover: 0.0);
        foreach (var (field, heading) in _fieldTitles)
        {
            var cover = phrase.Covers(heading);
            if (cover > best.Cover) best = (field, cover);
        }
        return best;
    }

    private static IEnumerable<string> Wordings(Indicator indicator, IReadOnlyList<string> forms)
    {
        var texts = new List<string> { indicator.Name };
        foreach (var form in forms)
        {
            if (indicator.FormCodeIn(form)?.Label is { } label) texts.Add(label);
        }
        return texts.SelectMany(WithAndWithoutAsides).Distinct();
    }

    private static IEnumerable<string> WithAndWithoutAsides(string text) => [text, LabelText.WithoutAsides(text)];

    private static IEnumerable<string> Codes(Indicator indicator, IReadOnlyList<string> forms)
    {
        yield return indicator.Code;
        foreach (var form in forms)
        {
            if (indicator.FormCodeIn(form) is { } code)
            {
                yield return code.Code;
                if (!code.IsUncoded) yield return code.PrintedCode;
            }
        }
    }
}
