namespace CchcGrpc.Server.Domain.Plans;

/// <summary>One entry of an activity's "chủ trì" or "phối hợp" cell, as printed and as resolved.</summary>
/// <param name="UnitCode">The organisation unit the text names; null for groups and unresolved names.</param>
public sealed record ResponsibleParty(string Text, PartyKind Kind, string? UnitCode)
{
    public static ResponsibleParty Printed(string text) => new(text, PartyKind.Unresolved, null);
}
