namespace CchcGrpc.Server.Domain.Units;

/// <summary>One change of the organisation, e.g. Tỉnh Đắk Nông merged into Tỉnh Lâm Đồng on 2025-07-01.</summary>
public sealed record LineageEvent(LineageKind Kind, string FromCode, string ToCode, DateOnly EffectiveDate, string Basis);
