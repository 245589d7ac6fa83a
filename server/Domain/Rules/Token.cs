namespace CchcGrpc.Server.Domain.Rules;

/// <summary>A token of a rule, with its 0-based position in the rule text for error messages.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Position);
