using System.Collections.Frozen;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// A wording as a set of folded words, each weighted by how much it tells rows apart (see
/// <see cref="LabelIndex.Weight"/>), so that two phrases compare by the meaning they share.
/// </summary>
public sealed class Phrase
{
    public static Phrase Empty { get; } = new([], _ => 0);

    private readonly FrozenDictionary<string, double> _words;

    public Phrase(IEnumerable<string> words, Func<string, double> weight)
    {
        _words = words.Distinct(StringComparer.Ordinal).ToFrozenDictionary(w => w, weight, StringComparer.Ordinal);
        Total = _words.Values.Sum();
    }

    /// <summary>The summed weight of its words.</summary>
    public double Total { get; }

    public bool IsEmpty => _words.Count == 0;

    public IEnumerable<string> Words => _words.Keys;

    public bool Contains(string word) => _words.ContainsKey(word);

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
        var (small, large) = _words.Count <= other._words.Count ? (this, other) : (other, this);
        var shared = 0.0;
        foreach (var (word, weight) in small._words)
        {
            if (large._words.ContainsKey(word)) shared += weight;
        }
        return 2 * shared / (Total + other.Total);
    }

    /// <summary>The share of <paramref name="other"/>'s weight that this phrase holds too.</summary>
    public double Covers(Phrase other)
    {
        if (other.Total <= 0)
        {
            return 0;
        }
        var shared = other._words.Where(w => _words.ContainsKey(w.Key)).Sum(w => w.Value);
        return shared / other.Total;
    }

    /// <summary>This phrase without the words of <paramref name="other"/>: what sets a part apart from its whole.</summary>
    public Phrase Without(Phrase other) => new(_words.Keys.Where(w => !other.Contains(w)), w => _words[w]);
}
