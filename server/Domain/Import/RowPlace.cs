namespace CchcGrpc.Server.Domain.Import;

/// <summary>Where one printed row sits among the rows of its table.</summary>
/// <param name="Shape">What its code says.</param>
/// <param name="Parent">The row it is under (index in the rows), or -1.</param>
/// <param name="IsPart">
/// True when the form says so: its code extends the parent's ("2.1" under "2"), or it is a part under
/// "Trong đó" / "Chia theo" / a bullet. False for a row without a code, taken to follow the coded row above.
/// </param>
/// <param name="Intro">A "Trong đó:" / "Chia theo cấp:" row that only introduces the parts below it.</param>
/// <param name="Label">The label to compare: as printed, less a leading "Trong đó:".</param>
public sealed record RowPlace(CodeShape Shape, int Parent, bool IsPart, bool Intro, string Label);
