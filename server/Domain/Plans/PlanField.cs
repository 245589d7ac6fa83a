namespace CchcGrpc.Server.Domain.Plans;

/// <summary>A Lĩnh vực of the plan (I chỉ đạo điều hành … VII chính quyền điện tử), with its tasks.</summary>
/// <param name="Roman">"I" … "VII", the field of the statistical appendix it matches.</param>
/// <param name="HeadingInferred">True when the document does not print the field's heading.</param>
public sealed record PlanField(string Roman, string Title, IReadOnlyList<PlanTask> Tasks, bool HeadingInferred = false);
