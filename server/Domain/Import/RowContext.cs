using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>What the report says around one row, for choosing between indicators its wording fits equally.</summary>
/// <param name="Parent">The indicator of the row it is under, when that row was mapped.</param>
/// <param name="Code">Its printed code, cleaned ("2.1").</param>
/// <param name="Used">Indicators earlier rows of the report were mapped to.</param>
/// <param name="Recent">Indicators mapped so far, in order.</param>
internal sealed record RowContext(
    Indicator? Parent, string Unit, Field? Field, UnitLevel? Level, IReadOnlySet<string> Used, string Code, IReadOnlyList<Indicator> Recent);
