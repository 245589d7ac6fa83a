using CchcGrpc.Server.Domain.Catalog;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>What a printed row was taken to be.</summary>
public sealed record RowMatch(FormRow Row, RowMatchKind Kind, Indicator? Indicator, Field? Section);
