namespace CchcGrpc.Server.Domain.Units;

/// <summary>Administrative level of a reporting unit; values match cchc.v1.UnitLevel.</summary>
public enum UnitLevel
{
    Province = 1,
    Department = 2,
    District = 3,
    Commune = 4,
}
