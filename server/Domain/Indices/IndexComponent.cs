namespace CchcGrpc.Server.Domain.Indices;

/// <summary>
/// A criterion of an index result (lĩnh vực / tiêu chí / tiêu chí thành phần), flat with its
/// parent's code so the tree survives storage. PAR INDEX criteria carry their maximum points, the
/// unit's self-assessed score and the appraised score; the others a score and, where published, a maximum.
/// </summary>
/// <param name="ParentCode">Null for a top-level criterion.</param>
public sealed record IndexComponent(string Code, string? ParentCode, string Name, decimal? MaxPoints, decimal? SelfAssessed, decimal? Appraised, decimal? Score);
