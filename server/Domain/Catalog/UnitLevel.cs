namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>The level of a reporting unit; an indicator lists the levels whose forms carry it.</summary>
public enum UnitLevel
{
    /// <summary>Tỉnh: the province as a whole (UBND tỉnh).</summary>
    Province,

    /// <summary>Sở, ban, ngành: a provincial department.</summary>
    Department,

    /// <summary>Huyện: abolished in 2025, kept for history.</summary>
    District,

    /// <summary>Xã, phường, thị trấn.</summary>
    Commune,
}
