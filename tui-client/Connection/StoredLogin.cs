namespace CchcGrpc.Client.Connection;

/// <summary>What `cchc login` keeps: the token and the server it is valid for.</summary>
public sealed record StoredLogin(string Server, string Token, string UserName, string ExpiresAt);
