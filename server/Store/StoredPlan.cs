using CchcGrpc.Server.Domain.Plans;
using CchcGrpc.Server.Domain.Plans.Parsing;

namespace CchcGrpc.Server.Store;

/// <summary>A version of a unit's plan as stored, with what its import noticed.</summary>
/// <param name="LatestVersion">The newest version of the unit's plan for the year; progress is recorded on that one only.</param>
public sealed record StoredPlan(
    long Id,
    Plan Plan,
    int Version,
    int LatestVersion,
    string UnitPath,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    IReadOnlyList<ReadingNote> Notes,
    IReadOnlyList<UnparsedLine> Unparsed);
