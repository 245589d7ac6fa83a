namespace CchcGrpc.Server.Services;

/// <summary>
/// The google.rpc.ErrorInfo reasons the cchc.v1 services answer with (domain "cchc.v1"). They are
/// part of the API: stable, documented in proto/cchc/v1/common.proto, never reworded.
/// </summary>
public static class ErrorReason
{
    public const string Domain = "cchc.v1";

    // UNAUTHENTICATED
    public const string TokenMissing = "TOKEN_MISSING";
    public const string TokenInvalid = "TOKEN_INVALID";
    public const string TokenExpired = "TOKEN_EXPIRED";
    public const string TokenRevoked = "TOKEN_REVOKED";
    public const string UserDisabled = "USER_DISABLED";
    public const string LoginFailed = "LOGIN_FAILED";

    // RESOURCE_EXHAUSTED
    public const string LoginThrottled = "LOGIN_THROTTLED";
    public const string StorageFull = "STORAGE_FULL";

    // PERMISSION_DENIED
    public const string AccessDenied = "ACCESS_DENIED";

    // INVALID_ARGUMENT
    public const string ArgumentInvalid = "ARGUMENT_INVALID";
    public const string ValueInvalid = "VALUE_INVALID";
    public const string ImportBatchMalformed = "IMPORT_BATCH_MALFORMED";

    // NOT_FOUND
    public const string ReportNotFound = "REPORT_NOT_FOUND";
    public const string UnitNotFound = "UNIT_NOT_FOUND";
    public const string CatalogVersionNotFound = "CATALOG_VERSION_NOT_FOUND";
    public const string PlanNotFound = "PLAN_NOT_FOUND";
    public const string ActivityNotFound = "ACTIVITY_NOT_FOUND";
    public const string IndexResultNotFound = "INDEX_RESULT_NOT_FOUND";

    // ALREADY_EXISTS
    public const string AlreadyExists = "ALREADY_EXISTS";

    // FAILED_PRECONDITION
    public const string ReportLocked = "REPORT_LOCKED";
    public const string ReportNotSubmittable = "REPORT_NOT_SUBMITTABLE";
    public const string ReportNotReviewable = "REPORT_NOT_REVIEWABLE";
    public const string PlanRevised = "PLAN_REVISED";

    // ABORTED
    public const string StaleRevision = "STALE_REVISION";

    // UNAVAILABLE
    public const string DatabaseBusy = "DATABASE_BUSY";
    public const string DatabaseUnavailable = "DATABASE_UNAVAILABLE";

    // INTERNAL
    public const string Internal = "INTERNAL";
}
