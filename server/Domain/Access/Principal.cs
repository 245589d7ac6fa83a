namespace CchcGrpc.Server.Domain.Access;

/// <summary>
/// Who is calling: a user or service account with its role, its unit (an operator's own unit,
/// the root of a reviewer's subtree; none for admins and national service accounts) and scopes.
/// </summary>
/// <param name="UnitPath">Materialised path of the unit ("/67/67.660/"), for subtree checks.</param>
public sealed record Principal(string UserName, Role Role, string? UnitCode, string? UnitPath, IReadOnlySet<string> Scopes)
{
    public bool HasScope(string scope) => Role != Role.Service || Scopes.Contains(scope);

    /// <summary>True when the unit at <paramref name="unitPath"/> is the principal's unit or below it; everything for unit-less principals.</summary>
    public bool Covers(string unitPath) => UnitPath is null || unitPath.StartsWith(UnitPath, StringComparison.Ordinal);
}
