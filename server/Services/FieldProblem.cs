using CchcGrpc.Server.Domain.Text;

namespace CchcGrpc.Server.Services;

/// <summary>One wrong field of a request: its path (values[3].raw_text) and what is wrong with it.</summary>
public sealed record FieldProblem(string Field, LocalizedText Description);
