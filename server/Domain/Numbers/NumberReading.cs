namespace CchcGrpc.Server.Domain.Numbers;

/// <summary>One possible reading of an ambiguous cell, with why it is possible.</summary>
/// <param name="Value">The number under this reading.</param>
/// <param name="Decimals">Decimal places this reading implies.</param>
/// <param name="Explanation">Vietnamese explanation for the person who must choose.</param>
public sealed record NumberReading(decimal Value, int Decimals, string Explanation);
