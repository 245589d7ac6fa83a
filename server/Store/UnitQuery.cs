using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Store;

/// <summary>A page of units: by level and/or parent, ordered by code, after <paramref name="AfterCode"/>.</summary>
public sealed record UnitQuery(UnitLevel? Level, string? ParentCode, bool IncludeDissolved, DateOnly Today, string? AfterCode, int Limit);
