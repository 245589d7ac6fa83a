using System.Collections.Frozen;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// A wording as a set of words, each weighted by how much it tells rows apart (see
/// <see cref="LabelIndex.Weight"/>), so that two phrases compare by the meaning they share. Words
/// match as written; folded (without accents) when either phrase was written without accents, and
/// otherwise at <see cref="FoldedMatch"/> of their weight, so a wrong accent costs a little and a
/// different word ("quá" against "quả") does not pass for the same.
/// </summary>
public sealed class Phrase
{
    /// <summary>The share of its weight a word counts for when it matches only without its accents.</summary>
    public const double FoldedMatch = 0.5;

    /// <summary>
    /// A phrase that says "not yet" / "not" ("Số nhiệm vụ chưa hoàn thành") agrees at most this well with one
    /// that does not: a negation turns the meaning round however many words the two share.
    /// </summary>
    public const double AcrossNegation = 0.5;

    /// <summary>
    /// Two phrases that name different members of one of <see cref="Contrasts"/> ("… cấp xã …" against
    /// "… cấp huyện …") agree at most this well: below any acceptance, however many other words they share.
    /// </summary>
    public const double AcrossContrast = 0.6;

    private static readonly string[] Negations = ["chưa", "không"];

    // Words that say which one of a kind a row counts: the level, the kind of staff, the level of an online service.
    private static readonly LabelWord[][][] Contrasts =
    [
        .. new[] { new[] { "tỉnh", "huyện", "xã" }, ["công chức", "viên chức"], ["3", "4"] }
            .Select(set => set.Select(member => LabelText.Words(member).ToArray()).ToArray()),
    ];

    private readonly FrozenDictionary<string, double> _written;
    private readonly FrozenDictionary<string, double> _folded;
    private readonly (string Written, string Folded, double Weight)[] _distinct;

    public Phrase(IEnumerable<LabelWord> words, Func<string, double> weight, bool accented = true)
    {
        Sequence = [.. words];
        Accented = accented;
        _written = Sequence.DistinctBy(w => w.Written).ToFrozenDictionary(w => w.Written, w => weight(w.Folded), StringComparer.Ordinal);
        _folded = Sequence.DistinctBy(w => w.Folded).ToFrozenDictionary(w => w.Folded, w => weight(w.Folded), StringComparer.Ordinal);
        _distinct = [.. Sequence.DistinctBy(w => w.Written).Select(w => (w.Written, w.Folded, _written[w.Written]))];
        Total = _written.Values.Sum();
        Negated = accented ? Negations.Any(_written.ContainsKey) : Negations.Any(n => _folded.ContainsKey(LabelText.Fold(n)));
        _contrasts = [.. Contrasts.Select(set => Enumerable.Range(0, set.Length).Where(m => Mentions(set[m])).Aggregate(0, (bits, m) => bits | 1 << m))];
    }

    private readonly int[] _contrasts;

    /// <summary>The words in the order written.</summary>
    public IReadOnlyList<LabelWord> Sequence { get; }

    /// <summary>False for a text written without any accent: its words match folded.</summary>
    public bool Accented { get; }

    /// <summary>It says "chưa" or "không".</summary>
    public bool Negated { get; }

    /// <summary>The summed weight of its words.</summary>
    public double Total { get; }

    public bool IsEmpty => _written.Count == 0;

    public IEnumerable<LabelWord> Words => Sequence;

    /// <summary>
    /// Weighted Dice similarity, 0–1: twice the weight of the shared words over the weight of both.
    /// 1 means the same words; a word only one side has lowers it by its weight.
    /// </summary>
    public double Similarity(Phrase other)
    {
        if (Total + other.Total <= 0)
        {
            return 0;
        }
        var similarity = 2 * Shared(other) / (Total + other.Total);
        if (Negated != other.Negated)
        {
            similarity = Math.Min(similarity, AcrossNegation);
        }
        for (var set = 0; set < _contrasts.Length; set++)
        {
            if (_contrasts[set] != 0 && other._contrasts[set] != 0 && (_contrasts[set] & other._contrasts[set]) == 0)
            {
                similarity = Math.Min(similarity, AcrossContrast);
            }
        }
        return similarity;
    }

    /// <summary>The share of <paramref name="other"/>'s weight that this phrase holds too.</summary>
    public double Covers(Phrase other) => other.Total <= 0 ? 0 : other.Shared(this) / other.Total;

    /// <summary>Whether this phrase is <paramref name="other"/> cut short: its first words, at least <paramref name="minimum"/> of them.</summary>
    public bool StartsOf(Phrase other, int minimum) =>
        Sequence.Count >= minimum && Sequence.Count < other.Sequence.Count
        && Sequence.Select((w, i) => Same(w, other.Sequence[i], other)).All(same => same);

    /// <summary>This phrase without the words of <paramref name="other"/>: what sets a part apart from its whole.</summary>
    public Phrase Without(Phrase other) =>
        new(Sequence.Where(w => !other._folded.ContainsKey(w.Folded)), w => _folded.GetValueOrDefault(w), Accented);

    // The weight of this phrase's words that the other has too (fully as written, partly folded).
    private double Shared(Phrase other)
    {
        var folded = !Accented || !other.Accented ? 1 : FoldedMatch;
        var shared = 0.0;
        foreach (var (written, foldedWord, weight) in _distinct)
        {
            shared += other._written.ContainsKey(written) ? weight : other._folded.ContainsKey(foldedWord) ? weight * folded : 0;
        }
        return shared;
    }

    // Whether the words come in this order somewhere in the phrase.
    private bool Mentions(LabelWord[] words)
    {
        for (var start = 0; start + words.Length <= Sequence.Count; start++)
        {
            var found = true;
            for (var i = 0; i < words.Length && found; i++)
            {
                found = Accented ? Sequence[start + i].Written == words[i].Written : Sequence[start + i].Folded == words[i].Folded;
            }
            if (found) return true;
        }
        return false;
    }

    private bool Same(LabelWord a, LabelWord b, Phrase other) => Accented && other.Accented ? a.Written == b.Written : a.Folded == b.Folded;
}
