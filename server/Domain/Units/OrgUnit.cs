namespace CchcGrpc.Server.Domain.Units;

/// <summary>
/// A reporting unit (tỉnh, sở, huyện, xã). Validity dates keep history attached to the unit that
/// reported it after reorganisations such as the 2025 mergers.
/// </summary>
/// <param name="Code">Stable code, e.g. "67", "67.SNV", "67.660", "67.660.24611".</param>
/// <param name="ParentCode">Null for a province.</param>
/// <param name="ValidTo">Null while the unit exists; the last day it existed otherwise.</param>
public sealed record OrgUnit(string Code, string Name, UnitLevel Level, string? ParentCode, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool ExistsOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}
