using CchcGrpc.Server.Domain.Text;
using Google.Protobuf;
using Grpc.Core;

namespace CchcGrpc.Server.Services;

/// <summary>
/// A refusal a service decides on: the status code, a stable machine-readable reason
/// (google.rpc.ErrorInfo), the sentence for a person in both languages, and any further
/// google.rpc details. <see cref="Wire.ErrorTranslation"/> turns it into the status the caller
/// gets, in the caller's language; services never build statuses themselves.
/// </summary>
public sealed class ServiceError(
    StatusCode code,
    string reason,
    LocalizedText message,
    IReadOnlyList<FieldProblem>? fields = null,
    IReadOnlyList<IMessage>? details = null,
    IReadOnlyDictionary<string, string>? metadata = null) : Exception(message.En)
{
    public StatusCode Code { get; } = code;

    /// <summary>UPPER_SNAKE_CASE, one of <see cref="ErrorReason"/>; clients branch on it.</summary>
    public string Reason { get; } = reason;

    public LocalizedText Text { get; } = message;

    /// <summary>For INVALID_ARGUMENT: each field that is wrong (google.rpc.BadRequest).</summary>
    public IReadOnlyList<FieldProblem> Fields { get; } = fields ?? [];

    /// <summary>Other google.rpc details (PreconditionFailure, RetryInfo, RequestInfo …).</summary>
    public IReadOnlyList<IMessage> Details { get; } = details ?? [];

    /// <summary>ErrorInfo.metadata: the values a client needs to act (e.g. current_revision).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; } = metadata ?? new Dictionary<string, string>();
}
