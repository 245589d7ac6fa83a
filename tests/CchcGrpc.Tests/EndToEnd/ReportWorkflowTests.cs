using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// An operator enters a report, validation finds the real error of the 2022 Đắk Nông appendix
/// (II 3.2 says 100% but 14 of 96 is 14,58%), the reviewer returns it, the operator fixes it, and
/// the reviewer approves. All over the real wire, on a real SQLite file.
/// </summary>
public sealed class ReportWorkflowTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private const string Name = "reports/67.660/2022";

    private static ValueInput Value(string id, string raw, string note = "") => new() { IndicatorId = id, RawText = raw, Note = note };

    [Fact]
    public async Task Enter_validate_submit_return_fix_resubmit_and_approve()
    {
        var entered = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = Name,
            Values =
            {
                Value("III.3.1.1", "77.251"), Value("III.3.1.2", "77.046"),
                Value("II.3.2.1", "96"), Value("II.3.2.2", "14"), Value("II.3.2", "100%"),
            },
            Narrative = { new NarrativeSection { Key = "I", Heading = "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", Body = "Ban hành kế hoạch CCHC năm 2022." } },
        });
        Assert.Equal((ReportStatus.Draft, 1L), (entered.Report.Status, entered.Report.Revision));
        var values = entered.Report.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal(("99.73", true), (values["III.3.1"].Number, values["III.3.1"].Derived)); // 77.046 / 77.251, computed by the server
        Assert.Equal("77251", values["III.3.1.1"].Number);
        Assert.Equal("77.251", values["III.3.1.1"].RawText);
        var error = Assert.Single(entered.Findings, f => f.Severity == Finding.Types.Severity.Error);
        Assert.Contains("II.3.2", error.IndicatorIds);
        Assert.Equal("14.58", decimal.Round(decimal.Parse(error.Expected, System.Globalization.CultureInfo.InvariantCulture), 2).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var refused = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.Submit, new ChangeReportStatusRequest { Name = Name, BaseRevision = 1 }));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains(refused.Detail<Google.Rpc.PreconditionFailure>()!.Violations, v => v.Subject.Contains("II.3.2", StringComparison.Ordinal));

        // The operator clears the wrong percentage: the server derives 14,58% from the parts.
        var fixedReport = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest { Name = Name, BaseRevision = 1, Values = { Value("II.3.2", "") } });
        Assert.Equal("14.58", fixedReport.Report.Values.Single(v => v.IndicatorId == "II.3.2").Number);
        await AcknowledgeWarningsAsync(fixedReport);
        var revision = (await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = Name })).Revision;

        var submitted = await server.CallAsync("op.gianghia", Rpc.Submit, new ChangeReportStatusRequest { Name = Name, BaseRevision = revision });
        Assert.Equal(ReportStatus.Submitted, submitted.Status);

        var noComment = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("rv.daknong", Rpc.Return, new ChangeReportStatusRequest { Name = Name, BaseRevision = submitted.Revision }));
        Assert.Equal(StatusCode.InvalidArgument, noComment.StatusCode);
        var returned = await server.CallAsync("rv.daknong", Rpc.Return, new ChangeReportStatusRequest { Name = Name, BaseRevision = submitted.Revision, Comment = "Bổ sung ghi chú cho chỉ tiêu 3.1" });
        Assert.Equal((ReportStatus.Returned, "Bổ sung ghi chú cho chỉ tiêu 3.1"), (returned.Status, returned.ReviewComment));

        var noted = await server.CallAsync("op.gianghia", Rpc.UpdateValues, new UpdateReportValuesRequest
        {
            Name = Name, BaseRevision = returned.Revision, Values = { Value("III.3.1.2", "77.046", "Số liệu từ Hệ thống một cửa điện tử") },
        });
        var resubmitted = await server.CallAsync("op.gianghia", Rpc.Submit, new ChangeReportStatusRequest { Name = Name, BaseRevision = noted.Report.Revision });
        Assert.Equal(ReportStatus.Resubmitted, resubmitted.Status);

        var approved = await server.CallAsync("rv.daknong", Rpc.Approve, new ChangeReportStatusRequest { Name = Name, BaseRevision = resubmitted.Revision });
        Assert.Equal(ReportStatus.Approved, approved.Status);

        var locked = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues,
            new UpdateReportValuesRequest { Name = Name, BaseRevision = approved.Revision, Values = { Value("I.1", "15") } }));
        Assert.Equal(StatusCode.FailedPrecondition, locked.StatusCode);

        var history = await server.CallAsync("rv.daknong", Rpc.History, new GetReportHistoryRequest { Name = Name, PageSize = 100 });
        var statuses = history.Events.Where(e => e.StatusChange is not null).Select(e => (e.StatusChange.To, e.UserName)).Reverse().ToList();
        Assert.Equal(
            [(ReportStatus.Submitted, "op.gianghia"), (ReportStatus.Returned, "rv.daknong"), (ReportStatus.Resubmitted, "op.gianghia"), (ReportStatus.Approved, "rv.daknong")],
            statuses);
        var noteChange = history.Events.First(e => e.ValueChange is { IndicatorId: "III.3.1.2" } && e.ValueChange.NewNote.Length > 0);
        Assert.Equal(("77.046", "77.046", "Số liệu từ Hệ thống một cửa điện tử", "UpdateReportValues"),
            (noteChange.ValueChange.OldRawText, noteChange.ValueChange.NewRawText, noteChange.ValueChange.NewNote, noteChange.Via));
    }

    /// <summary>Warnings may stand when a note explains them; the operator writes one on each flagged indicator.</summary>
    private async Task AcknowledgeWarningsAsync(UpdateReportValuesResponse response)
    {
        var flagged = response.Findings.Where(f => f.Severity == Finding.Types.Severity.Warning && !f.Acknowledged)
            .Select(f => f.IndicatorIds[0]).Distinct().ToList();
        if (flagged.Count == 0)
        {
            return;
        }
        var current = response.Report.Values.ToDictionary(v => v.IndicatorId);
        var request = new UpdateReportValuesRequest { Name = Name, BaseRevision = response.Report.Revision };
        request.Values.AddRange(flagged.Select(id => Value(id, current.TryGetValue(id, out var v) && !v.Derived ? v.RawText : "", "Đã kiểm tra")));
        var acknowledged = await server.CallAsync("op.gianghia", Rpc.UpdateValues, request);
        Assert.All(acknowledged.Findings.Where(f => f.Severity == Finding.Types.Severity.Warning), f => Assert.True(f.Acknowledged, f.Message));
    }
}
