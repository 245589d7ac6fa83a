namespace CchcGrpc.Server.Domain.Plans;

/// <summary>What a lead or cooperating entry of an activity names.</summary>
public enum PartyKind
{
    /// <summary>One unit of the organisation ("Sở Nội vụ").</summary>
    Unit = 1,

    /// <summary>A set of units the text does not list ("UBND cấp huyện", "Các cơ quan, đơn vị có liên quan"): kept as text.</summary>
    Group = 2,

    /// <summary>A single body that is not a unit of the organisation ("Đài PT&amp;TH tỉnh", "Tỉnh Đoàn Đắk Nông"): kept as text.</summary>
    Unresolved = 3,
}
