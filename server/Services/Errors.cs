using CchcGrpc.Server.Domain.Text;
using CchcGrpc.Server.Store;
using Google.Rpc;
using Grpc.Core;

namespace CchcGrpc.Server.Services;

/// <summary>The refusals services answer with, each with its reason and the details a caller can act on.</summary>
public static class Errors
{
    /// <summary>INVALID_ARGUMENT (ARGUMENT_INVALID) with one field violation per problem.</summary>
    public static ServiceError Invalid(LocalizedText summary, params FieldProblem[] fields) =>
        new(StatusCode.InvalidArgument, ErrorReason.ArgumentInvalid, summary, fields);

    /// <summary>INVALID_ARGUMENT for one field, described by the sentence itself.</summary>
    public static ServiceError Invalid(string field, LocalizedText description) => Invalid(description, new FieldProblem(field, description));

    /// <summary>INVALID_ARGUMENT (VALUE_INVALID): values that cannot be stored as given; nothing was written.</summary>
    public static ServiceError InvalidValues(LocalizedText summary, IReadOnlyList<FieldProblem> fields) =>
        new(StatusCode.InvalidArgument, ErrorReason.ValueInvalid, summary, fields);

    public static ServiceError NotFound(string reason, LocalizedText what) => new(StatusCode.NotFound, reason, what);

    public static ServiceError ReportNotFound(object key) =>
        NotFound(ErrorReason.ReportNotFound, new($"Báo cáo {key} không tồn tại.", $"Report {key} does not exist."));

    public static ServiceError Precondition(string reason, LocalizedText message, params Google.Protobuf.IMessage[] details) =>
        new(StatusCode.FailedPrecondition, reason, message, details: details);

    public static ServiceError Unauthenticated(string reason, LocalizedText message) => new(StatusCode.Unauthenticated, reason, message);

    /// <summary>PERMISSION_DENIED (ACCESS_DENIED); metadata names the operation and unit so a client can explain.</summary>
    public static ServiceError Denied(LocalizedText message, string operation, string? unitCode) =>
        new(StatusCode.PermissionDenied, ErrorReason.AccessDenied, message, metadata: new Dictionary<string, string>
        {
            ["operation"] = operation,
            ["unit_code"] = unitCode ?? "",
        });

    /// <summary>Maps a store refusal to the status a client can act on; a stale revision is ABORTED (re-read and retry).</summary>
    public static ServiceError From(StoreException ex) => ex.Failure switch
    {
        StoreFailure.NotFound => new(StatusCode.NotFound, ErrorReason.ReportNotFound, ex.Text),
        StoreFailure.AlreadyExists => new(StatusCode.AlreadyExists, ErrorReason.AlreadyExists, ex.Text),
        StoreFailure.RevisionConflict => new(StatusCode.Aborted, ErrorReason.StaleRevision, ex.Text,
            details:
            [
                new PreconditionFailure
                {
                    Violations =
                    {
                        new PreconditionFailure.Types.Violation
                        {
                            Type = "REVISION",
                            Subject = "base_revision",
                            Description = $"current revision is {ex.CurrentRevision}",
                        },
                    },
                },
            ],
            metadata: new Dictionary<string, string> { ["current_revision"] = $"{ex.CurrentRevision}" }),
        StoreFailure.UnknownReference => Invalid(ex.Text, new FieldProblem("", ex.Text)),
        _ => throw new InvalidOperationException($"Unmapped store failure {ex.Failure}.", ex),
    };
}
