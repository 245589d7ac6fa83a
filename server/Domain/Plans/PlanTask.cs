namespace CchcGrpc.Server.Domain.Plans;

/// <summary>A Nhiệm vụ of a field, with its activities.</summary>
/// <param name="NumberInferred">True when the document does not print the number and it was read from its activities' numbers.</param>
public sealed record PlanTask(string Field, string Number, string Title, IReadOnlyList<PlanActivity> Activities, bool NumberInferred = false);
