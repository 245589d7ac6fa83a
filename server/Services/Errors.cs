using CchcGrpc.Server.Store;
using CchcGrpc.Wire;
using Google.Rpc;
using Status = CchcGrpc.Wire.Status;

namespace CchcGrpc.Server.Services;

/// <summary>The gRPC statuses services answer with, carrying google.rpc details where the caller can act on them.</summary>
public static class Errors
{
    /// <summary>INVALID_ARGUMENT with one field violation per problem.</summary>
    public static RpcException Invalid(string summary, params (string Field, string Description)[] violations)
    {
        var details = new BadRequest();
        details.FieldViolations.AddRange(violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }));
        return new RpcException(RichStatus.Create(StatusCode.InvalidArgument, summary, details));
    }

    public static RpcException Invalid(string field, string description) => Invalid(description, (field, description));

    public static RpcException NotFound(string what) => new(StatusCode.NotFound, what);

    public static RpcException Precondition(string message) => new(StatusCode.FailedPrecondition, message);

    /// <summary>Maps a store refusal to the status a client can act on; a stale revision is ABORTED (re-read and retry).</summary>
    public static RpcException From(StoreException ex) => ex.Failure switch
    {
        StoreFailure.NotFound => new RpcException(StatusCode.NotFound, ex.Message),
        StoreFailure.AlreadyExists => new RpcException(StatusCode.AlreadyExists, ex.Message),
        StoreFailure.RevisionConflict => new RpcException(RichStatus.Create(StatusCode.Aborted, ex.Message,
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
            })),
        StoreFailure.UnknownReference => Invalid(ex.Message, ("", ex.Message)),
        _ => new RpcException(new Status(StatusCode.Internal, "Unexpected store failure.")),
    };
}
