using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Store;

/// <summary>
/// Which units an analytic reads: those strictly below <paramref name="RootCode"/> (the whole
/// country when null), optionally only some levels, or only its direct children
/// (<paramref name="ChildrenOnly"/>: the provinces of the country), or exactly <paramref name="Codes"/> when given.
/// </summary>
public sealed record UnitSelection(string? RootCode, IReadOnlyCollection<UnitLevel> Levels, IReadOnlyCollection<string>? Codes = null, bool ChildrenOnly = false);
