using System.Globalization;
using CchcGrpc.Server.Domain.Reports;

namespace CchcGrpc.Server.Store.Sqlite;

/// <summary>A reports row as Dapper reads it.</summary>
internal sealed class ReportRow
{
    public const string Columns = """
        r.id AS Id, u.code AS UnitCode, u.path AS UnitPath, r.period_id AS PeriodId, r.catalog_version AS CatalogVersion,
        r.status AS Status, r.revision AS Revision, r.review_comment AS ReviewComment, r.created_at AS CreatedAt,
        r.updated_at AS UpdatedAt, r.submitted_at AS SubmittedAt, r.submitted_late AS SubmittedLate
        """;

    public long Id { get; set; }

    public string UnitCode { get; set; } = "";

    public string UnitPath { get; set; } = "";

    public string PeriodId { get; set; } = "";

    public string CatalogVersion { get; set; } = "";

    public long Status { get; set; }

    public long Revision { get; set; }

    public string? ReviewComment { get; set; }

    public string CreatedAt { get; set; } = "";

    public string UpdatedAt { get; set; } = "";

    public string? SubmittedAt { get; set; }

    public long SubmittedLate { get; set; }

    public StoredReport ToStored(IReadOnlyList<ReportValue> values, IReadOnlyList<NarrativeSection> narrative) => new(
        Id,
        new ReportKey(UnitCode, PeriodId),
        UnitPath,
        CatalogVersion,
        (ReportStatus)Status,
        Revision,
        ReviewComment,
        Instant(CreatedAt),
        Instant(UpdatedAt),
        SubmittedAt is null ? null : Instant(SubmittedAt),
        SubmittedLate != 0,
        values,
        narrative);

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
