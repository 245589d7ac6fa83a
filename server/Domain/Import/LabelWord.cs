namespace CchcGrpc.Server.Domain.Import;

/// <summary>
/// One word of a label: as written (lower case, the tone mark kept apart from where it sits, so "hoá"
/// = "hóa"; i/y spellings made one) and folded (no accents at all). Words compare as written, and
/// folded only where a label was written without accents: "quá hạn" is not "kết quả".
/// </summary>
public readonly record struct LabelWord(string Written, string Folded);
