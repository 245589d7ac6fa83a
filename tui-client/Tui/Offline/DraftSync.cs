using Cchc.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// Edits go to the local draft first and then to the server: <see cref="EditAsync"/> saves the draft
/// atomically and sends only the changed values with the base revision. When the server has a newer
/// revision (ABORTED), the report is re-read and compared value by value: values only I changed are sent
/// again on the new revision by themselves; values we both changed come back as a conflict for the
/// operator (<see cref="ResolveAsync"/>). When the link is down the draft waits on disk;
/// <see cref="ResendAllAsync"/> sends every waiting draft when it is back (<see cref="Reconnector.Reconnected"/>).
/// </summary>
/// <param name="answerMask">The fields of the stored report a save asks back (null: all of it).</param>
public sealed class DraftSync(Reports.ReportsClient reports, DraftStore drafts, TimeProvider time, FieldMask? answerMask = null)
{
    // Requests above this size are sent gzip-compressed (a resend of many values); below it gzip's own
    // header costs more than it saves. Responses are compressed by the server (GrpcWebHost).
    const int CompressAbove = 1024;

    static readonly FieldMask ConflictMask = FieldMask.FromString("name,revision,status,values");

    /// <summary>Records one edit in the report's draft (on disk first) and sends the draft.</summary>
    public Task<DraftOutcome> EditAsync(ReportDraft draft, string indicatorId, DraftValue value, DraftValue shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ReportDraft edited = draft.WithEdit(indicatorId, value, shown, time.GetUtcNow()) with { Queued = true };
        drafts.Save(edited);
        return SendAsync(edited, cancellationToken);
    }

    /// <summary>Sends a draft's changed values with its base revision.</summary>
    public Task<DraftOutcome> SendAsync(ReportDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return SendAsync(draft, compareOnNewerRevision: true, cancellationToken);
    }

    // A newer revision is compared value by value once; a second race (on the rebased draft) is reported.
    async Task<DraftOutcome> SendAsync(ReportDraft draft, bool compareOnNewerRevision, CancellationToken cancellationToken)
    {
        if (!draft.HasChanges)
        {
            drafts.Delete(draft.ReportName);
            return DraftOutcome.Saved(null);
        }
        try
        {
            UpdateReportValuesRequest request = Request(draft);
            UpdateReportValuesResponse stored = await reports.UpdateReportValuesAsync(request, Options(request, cancellationToken)).ResponseAsync.ConfigureAwait(false);
            drafts.Delete(draft.ReportName);
            return DraftOutcome.Saved(stored);
        }
        catch (RpcException error) when (ConnectionStatus.IsLinkFailure(error))
        {
            return DraftOutcome.Pending(error);
        }
        catch (RpcException error) when (error.StatusCode == StatusCode.Aborted && compareOnNewerRevision)
        {
            return await CompareWithCurrentAsync(draft, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException error)
        {
            return DraftOutcome.Rejected(error);
        }
    }

    /// <summary>Settles a conflict with the operator's choices and sends the result on the current revision.</summary>
    public Task<DraftOutcome> ResolveAsync(DraftConflict conflict, IReadOnlyDictionary<string, ConflictChoice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        ReportDraft resolved = conflict.Resolve(choices, time.GetUtcNow()) with { Queued = true };
        drafts.Save(resolved);
        return SendAsync(resolved, cancellationToken);
    }

    /// <summary>
    /// Sends every queued draft on disk (after a reconnect or at start-up), one by one, but those
    /// <paramref name="skip"/> names (a report open on screen sends its own); stops at the first that
    /// finds the link down again.
    /// </summary>
    public async Task<IReadOnlyList<(string ReportName, DraftOutcome Outcome)>> ResendAllAsync(Func<string, bool> skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skip);
        var outcomes = new List<(string, DraftOutcome)>();
        foreach (ReportDraft draft in drafts.All().Where(d => d.Queued && !skip(d.ReportName)))
        {
            DraftOutcome outcome = await SendAsync(draft, cancellationToken).ConfigureAwait(false);
            outcomes.Add((draft.ReportName, outcome));
            if (outcome.Kind == DraftOutcomeKind.Pending)
            {
                break;
            }
        }
        return outcomes;
    }

    /// <summary>Sends every queued draft on disk, one by one.</summary>
    public Task<IReadOnlyList<(string ReportName, DraftOutcome Outcome)>> ResendAllAsync(CancellationToken cancellationToken) =>
        ResendAllAsync(_ => false, cancellationToken);

    async Task<DraftOutcome> CompareWithCurrentAsync(ReportDraft draft, CancellationToken cancellationToken)
    {
        Report current;
        try
        {
            current = await reports.GetReportAsync(new GetReportRequest { Name = draft.ReportName, ReadMask = ConflictMask },
                cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException error) when (ConnectionStatus.IsLinkFailure(error))
        {
            return DraftOutcome.Pending(error);
        }
        DraftConflict conflict = DraftConflict.Between(draft, current);
        if (conflict.Values.Count > 0)
        {
            return DraftOutcome.Conflicted(conflict);
        }
        // Nothing to settle: the same changes on the newer revision.
        ReportDraft rebased = conflict.Resolve(new Dictionary<string, ConflictChoice>(), time.GetUtcNow()) with { Queued = true };
        drafts.Save(rebased);
        return await SendAsync(rebased, compareOnNewerRevision: false, cancellationToken).ConfigureAwait(false);
    }

    UpdateReportValuesRequest Request(ReportDraft draft)
    {
        UpdateReportValuesRequest request = draft.ToRequest();
        if (answerMask is not null)
        {
            request.ReadMask = answerMask;
        }
        return request;
    }

    static CallOptions Options(IMessage request, CancellationToken cancellationToken)
    {
        var headers = new Metadata();
        if (request.CalculateSize() > CompressAbove)
        {
            // grpc-dotnet's per-call request compression.
            headers.Add("grpc-internal-encoding-request", "gzip");
        }
        return new CallOptions(headers, cancellationToken: cancellationToken);
    }
}
