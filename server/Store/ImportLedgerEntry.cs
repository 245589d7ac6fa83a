namespace CchcGrpc.Server.Store;

/// <summary>
/// An applied import batch, recorded in the same transaction as its values so a crash can never
/// leave values without their key or a key without its values.
/// </summary>
/// <param name="ResultAt">The batch's result, serialized, given the revision the write leaves the report at.</param>
public sealed record ImportLedgerEntry(string IdempotencyKey, Func<long, byte[]> ResultAt);
