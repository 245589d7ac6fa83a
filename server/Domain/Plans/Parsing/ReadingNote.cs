using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Domain.Plans.Parsing;

/// <summary>Something the reader inferred or noticed and the importer must see (a number read from context, a number printed twice).</summary>
public sealed record ReadingNote(int Line, LocalizedText Text);
