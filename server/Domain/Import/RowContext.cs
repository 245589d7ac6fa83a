using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.Domain.Import;

/// <summary>What the report says around one row, for choosing between indicators its wording fits equally.</summary>
/// <param name="Wholes">What the row it is under may be: its indicator when mapped, the indicators it was ambiguous between, or for a part whose whole is unknown the nearest whole above.</param>
/// <param name="Code">Its printed code, cleaned ("2.1").</param>
/// <param name="Used">Indicators earlier rows of the report were clearly mapped to (by wording alone, or as their parent's part).</param>
/// <param name="Recent">Indicators mapped so far, in order.</param>
/// <param name="CountsUnitsAbove">The row's own label counts units above <paramref name="Level"/> ("Số sở, ngành đã kiểm tra" in a commune's report; see <see cref="LevelScope"/>).</param>
internal sealed record RowContext(
    IReadOnlyList<Indicator> Wholes, string Unit, Field? Field, UnitLevel? Level, IReadOnlySet<string> Used, string Code, IReadOnlyList<Indicator> Recent, bool CountsUnitsAbove = false);
