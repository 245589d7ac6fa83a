using Cchc.V1;

namespace CchcGrpc.Client.Indices;

/// <summary>The index words the client accepts and prints.</summary>
public static class IndexKinds
{
    public static readonly IReadOnlyList<(string Word, IndexKind Kind)> Words =
        [("par", IndexKind.ParIndex), ("sipas", IndexKind.Sipas), ("papi", IndexKind.Papi), ("pci", IndexKind.Pci), ("dti", IndexKind.Dti)];

    public static readonly IReadOnlyList<(string Word, IndexKind Kind)> Synonyms =
        [("par-index", IndexKind.ParIndex), ("parIndex", IndexKind.ParIndex), ("cchc", IndexKind.ParIndex), ("PAR", IndexKind.ParIndex), ("SIPAS", IndexKind.Sipas), ("PAPI", IndexKind.Papi), ("PCI", IndexKind.Pci), ("DTI", IndexKind.Dti)];

    public static IndexKind? Parse(string word) =>
        Words.Concat(Synonyms).FirstOrDefault(w => string.Equals(w.Word, word.Trim(), StringComparison.OrdinalIgnoreCase)) is { Word: not null } found ? found.Kind : null;

    public static string Word(IndexKind kind) => Words.FirstOrDefault(w => w.Kind == kind).Word ?? "";
}
