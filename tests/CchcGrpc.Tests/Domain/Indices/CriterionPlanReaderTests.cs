using CchcGrpc.Server.Domain.Indices;
using CchcGrpc.Server.Domain.Indices.Parsing;
using CchcGrpc.Tests.Seeds;

namespace CchcGrpc.Tests.Domain.Indices;

/// <summary>
/// Seed 002 (Văn phòng UBND tỉnh Đắk Nông, 2020): the PAPI table (lines 135–145) and the PAR INDEX
/// table (lines 149–171, over three pages). Counted by hand: PAPI has criteria 1, 2, 3 with 1, 2
/// and 5 tasks (line 144 is the page-broken end of line 142's task and result); PAR INDEX has 15
/// criteria rows (1, 1.1, 1.2, 1.2.1–1.2.5, 2, the unnumbered "-" row, 4, 4.1–4.4) and 12 tasks:
/// line 159 finishes 1.2.4's criterion, task and result, line 169 4.3's result, line 171 is 4.4's second task.
/// </summary>
public sealed class CriterionPlanReaderTests
{
    private static readonly IReadOnlyList<CriterionPlan> Plans =
        CriterionPlanReader.Read(File.ReadAllText(SeedFiles.PathOf(SeedFiles.OfficeIndexReport2020))).ToPlans("67.VP", 2020);

    [Fact]
    public void Both_tables_are_read_with_their_index()
    {
        Assert.Equal([IndexKind.Papi, IndexKind.ParIndex], Plans.Select(p => p.Kind));
        Assert.All(Plans, p => Assert.Equal(2020, p.Year));
        Assert.Contains("(PAR INDEX)", Plans[1].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void PAPI_criteria_and_their_tasks()
    {
        var papi = Plans[0].Criteria;
        Assert.Equal(["1", "2", "3"], papi.Select(c => c.Code));
        Assert.Equal([1, 2, 5], papi.Select(c => c.Tasks.Count));
        Assert.Equal("Trách nhiệm giải trình với nhân dân", papi[0].Name);
        var joined = papi[2].Tasks[3];
        Assert.EndsWith("với Cổng dịch vụ công quốc gia", joined.Task, StringComparison.Ordinal);
        Assert.EndsWith("Dịch vụ công quốc gia.", joined.Result, StringComparison.Ordinal);
        Assert.Equal(142, joined.SourceLine);
        Assert.Equal("Đang triển khai.", papi[2].Tasks[4].Result);
        Assert.Equal("Do dịch COVID-19 nên chưa tổ chức triển khai tập huấn theo quy định.", papi[1].Tasks[1].Result);
    }

    [Fact]
    public void PAR_INDEX_criteria_tree_across_page_breaks()
    {
        var par = Plans[1].Criteria;
        Assert.Equal(["1", "1.1", "1.2", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "2", "2.-1", "4", "4.1", "4.2", "4.3", "4.4"], par.Select(c => c.Code));
        Assert.Equal(12, par.Sum(c => c.Tasks.Count));
        Assert.Equal([null, "1", "1", "1.2", "1.2", "1.2", "1.2", "1.2", null, "2", null, "4", "4", "4", "4"], par.Select(c => c.ParentCode));
        var integration = par.Single(c => c.Code == "1.2.4");
        Assert.Equal("Tích hợp TTHC từ Cơ sở dữ liệu quốc gia về Cổng thông tin điện tử của tỉnh", integration.Name);
        Assert.StartsWith("- Hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị công khai TTHC", integration.Tasks.Single().Task, StringComparison.Ordinal);
        Assert.StartsWith("Thực hiện hướng dẫn, đôn đốc", integration.Tasks.Single().Result, StringComparison.Ordinal);
        Assert.StartsWith("- Tham mưu UBND tỉnh ban hành các quy định TTHC", par.Single(c => c.Code == "1.1").Tasks[0].Task, StringComparison.Ordinal); // the HTML list tag is gone
        Assert.EndsWith("chuẩn kỹ thuật theo đúng các quy định hiện hành", par.Single(c => c.Code == "4.3").Tasks[0].Result, StringComparison.Ordinal);
        Assert.Equal(["Đang triển khai", "Đang triển khai"], par.Single(c => c.Code == "4.4").Tasks.Select(t => t.Result));
        Assert.Empty(par.Single(c => c.Code == "1.2").Tasks);
    }

    [Fact]
    public void Nothing_in_the_tables_is_left_out()
    {
        var reading = CriterionPlanReader.Read(File.ReadAllText(SeedFiles.PathOf(SeedFiles.OfficeIndexReport2020)));
        Assert.Empty(reading.Unparsed);
        Assert.Equal([144, 144, 145, 159, 169], reading.Notes.Select(n => n.Line)); // 144: read as task and result, then joined
    }
}
