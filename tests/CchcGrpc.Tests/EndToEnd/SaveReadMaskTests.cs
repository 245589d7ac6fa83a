using Cchc.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>
/// UpdateReportValues answers with only the report fields its read_mask names, as GetReport does: an
/// entry screen that shows the values as stored asks for name, status, revision and values on every save
/// and check, and is not sent the narrative, times and identifiers again. The findings always come; what
/// is stored is the same with or without a mask; an unknown path stores nothing. Gia Nghĩa's 2022
/// appendix numbers (77.046 of 77.251 dossiers on time is 99,73%; II 3.2 says 100% but 14 of 96 is 14,58%).
/// </summary>
public sealed class SaveReadMaskTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    private static readonly FieldMask EntryScreen = FieldMask.FromString("name,status,revision,values");

    private static ValueInput Value(string id, string raw) => new() { IndicatorId = id, RawText = raw };

    private static UpdateReportValuesRequest Dossiers(string name, long revision = 0, FieldMask? mask = null) => new()
    {
        Name = name,
        BaseRevision = revision,
        Values = { Value("III.3.1.1", "77.251"), Value("III.3.1.2", "77.046"), Value("II.3.2.1", "96"), Value("II.3.2.2", "14"), Value("II.3.2", "100%") },
        Narrative = { new NarrativeSection { Key = "I", Heading = "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", Body = "Ban hành kế hoạch CCHC năm 2022." } },
        ReadMask = mask,
    };

    [Fact]
    public async Task A_save_with_a_read_mask_answers_with_those_fields_and_every_finding()
    {
        var whole = await server.CallAsync("op.gianghia", Rpc.UpdateValues, Dossiers("reports/67.660/2022-Q1"));
        var masked = await server.CallAsync("op.gianghia", Rpc.UpdateValues, Dossiers("reports/67.660/2022-Q2", mask: EntryScreen));

        Assert.Equal(("reports/67.660/2022-Q2", ReportStatus.Draft, 1L), (masked.Report.Name, masked.Report.Status, masked.Report.Revision));
        var values = masked.Report.Values.ToDictionary(v => v.IndicatorId);
        Assert.Equal(("99.73", true), (values["III.3.1"].Number, values["III.3.1"].Derived)); // derived by the server, as without a mask
        Assert.Equal("77.251", values["III.3.1.1"].RawText);
        Assert.Equal(whole.Report.Values.Select(v => (v.IndicatorId, v.Number, v.RawText, v.Derived)), masked.Report.Values.Select(v => (v.IndicatorId, v.Number, v.RawText, v.Derived)));
        // Not asked for: not sent.
        Assert.Equal(("", "", "", "", 0), (masked.Report.UnitCode, masked.Report.PeriodId, masked.Report.CatalogVersion, masked.Report.UpdatedAt, masked.Report.Narrative.Count));
        Assert.NotEmpty(whole.Report.UpdatedAt);
        Assert.Single(whole.Report.Narrative);
        // The findings are the same (the wrong 100% of II.3.2), mask or not.
        Assert.Equal(whole.Findings.Select(f => (f.RuleId, f.Severity, string.Join(",", f.IndicatorIds))), masked.Findings.Select(f => (f.RuleId, f.Severity, string.Join(",", f.IndicatorIds))));
        Assert.Contains(masked.Findings, f => f.Severity == Finding.Types.Severity.Error && f.IndicatorIds.Contains("II.3.2"));
        Assert.True(masked.Report.CalculateSize() < whole.Report.CalculateSize(), $"{masked.Report.CalculateSize()} B masked, {whole.Report.CalculateSize()} B whole");

        // What is stored does not depend on the mask: the narrative is there.
        var stored = await server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2022-Q2" });
        Assert.Equal(("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "67.660"), (Assert.Single(stored.Narrative).Heading, stored.UnitCode));
    }

    [Fact]
    public async Task A_check_with_validate_only_takes_the_mask_too_and_stores_nothing()
    {
        var request = Dossiers("reports/67.660/2022-H1", mask: FieldMask.FromString("revision,values"));
        request.ValidateOnly = true;

        var checkedOnly = await server.CallAsync("op.gianghia", Rpc.UpdateValues, request);

        Assert.Equal(("", 0L), (checkedOnly.Report.Name, checkedOnly.Report.Revision));
        Assert.Equal("99.73", checkedOnly.Report.Values.Single(v => v.IndicatorId == "III.3.1").Number);
        Assert.Contains(checkedOnly.Findings, f => f.IndicatorIds.Contains("II.3.2"));
        var missing = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2022-H1" }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_unknown_path_in_the_read_mask_is_INVALID_ARGUMENT_and_stores_nothing()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.UpdateValues,
            Dossiers("reports/67.660/2022-Q3", mask: FieldMask.FromString("values,findings"))));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("findings", error.Status.Detail, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("op.gianghia", Rpc.GetReport, new GetReportRequest { Name = "reports/67.660/2022-Q3" }));
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }
}
