namespace CchcGrpc.Server.Domain.Access;

/// <summary>What a user may do; values match cchc.v1.Role.</summary>
public enum Role
{
    /// <summary>Edits the reports of one unit while they are draft or returned.</summary>
    Operator = 1,

    /// <summary>Reads a unit subtree; approves and returns its reports.</summary>
    Reviewer = 2,

    /// <summary>Maintains units, catalog and users; reads everything.</summary>
    Admin = 3,

    /// <summary>A script or another system, limited by its token's scopes.</summary>
    Service = 4,
}
