namespace CchcGrpc.Server.Domain.Rules;

/// <summary>Whether a rule held, and both sides as computed, for the message to the reviewer.</summary>
public sealed record ComparisonOutcome(RuleVerdict Verdict, Evaluation Left, Evaluation Right);
