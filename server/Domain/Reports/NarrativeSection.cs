namespace CchcGrpc.Server.Domain.Reports;

/// <summary>A headed text part of a report, e.g. key "I", heading "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC".</summary>
public sealed record NarrativeSection(string Key, string Heading, string Body);
