namespace CchcGrpc.Server.Domain.Plans;

/// <summary>The decision that issues the plan: "Quyết định số 1794/QĐ-UBND ngày 27 tháng 12 năm 2023", signed by the chairman.</summary>
public sealed record PlanDecision(string Number, DateOnly? Date, string SignerTitle, string Signer);
