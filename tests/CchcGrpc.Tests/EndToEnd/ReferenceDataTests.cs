using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>Units, the catalog and periods as clients read them.</summary>
public sealed class ReferenceDataTests(ReportingServer server) : IClassFixture<ReportingServer>
{
    [Fact]
    public async Task The_catalog_is_served_whole_then_not_modified_for_a_client_holding_its_etag()
    {
        var catalog = await server.CallAsync("op.gianghia", Rpc.GetCatalog, new GetCatalogRequest());
        Assert.Equal("2022.1", catalog.Version);
        var ratio = catalog.Indicators.Single(i => i.Id == "III.3.1");
        Assert.Equal(("Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", "%", Cchc.V1.ValueType.Percent, "recompute"),
            (ratio.Name, ratio.UnitOfMeasure, ratio.ValueType, ratio.Aggregation));
        Assert.Equal("3.4.1", ratio.VariantCodes["department"]);
        Assert.Equal("Hoàn thành", catalog.Indicators.Single(i => i.Id == "VII.1").Options["1"]);

        var again = await server.CallAsync("op.gianghia", Rpc.GetCatalog, new GetCatalogRequest { IfNoneMatch = catalog.Etag });
        Assert.True(again.NotModified);
        Assert.Empty(again.Indicators);

        var versions = await server.CallAsync("op.gianghia", Rpc.ListCatalogVersions, new ListCatalogVersionsRequest());
        var version = Assert.Single(versions.Versions);
        Assert.Equal((catalog.Etag, true), (version.Etag, version.InUse));
    }

    [Fact]
    public async Task Periods_have_canonical_ids_Vietnamese_labels_and_Decree_09_windows()
    {
        var periods = (await server.CallAsync("op.gianghia", Rpc.ListPeriods, new ListPeriodsRequest { FromYear = 2023, ToYear = 2023 })).Periods.ToDictionary(p => p.Id);
        Assert.Equal(["2023", "2023-9M", "2023-H1", "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"], periods.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("2022-12-15", "2023-12-14"), (periods["2023"].DataFrom, periods["2023"].DataTo));
        Assert.Equal("2023-06-14", periods["2023-H1"].DataTo);
        Assert.Equal("6 tháng đầu năm 2023", periods["2023-H1"].Label);
    }

    [Fact]
    public async Task Units_page_through_a_level_in_code_order()
    {
        var seen = new List<string>();
        var token = "";
        do
        {
            var page = await server.CallAsync("admin", Rpc.ListUnits, new ListUnitsRequest { Level = UnitLevel.Commune, IncludeDissolved = true, PageSize = 30, PageToken = token });
            Assert.True(page.Units.Count <= 30);
            seen.AddRange(page.Units.Select(u => u.Code));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.Equal(76, seen.Count); // 71 communes of Đắk Nông, 5 new ones of Lâm Đồng
    }

    [Fact]
    public async Task An_admin_creates_a_unit_and_a_taken_code_is_ALREADY_EXISTS()
    {
        var unit = new Unit { Code = "67.660.99999", Name = "Xã Thử Nghiệm", Level = UnitLevel.Commune, ParentCode = "67.660", ValidFrom = "2024-01-01" };
        var created = await server.CallAsync("admin", Rpc.CreateUnit, new CreateUnitRequest { Unit = unit });
        Assert.Equal(("Xã Thử Nghiệm", "67.660"), (created.Name, created.ParentCode));
        var again = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.CreateUnit, new CreateUnitRequest { Unit = unit }));
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        var bad = await Assert.ThrowsAsync<RpcException>(() => server.CallAsync("admin", Rpc.CreateUnit,
            new CreateUnitRequest { Unit = new Unit { Code = "x y", Level = UnitLevel.Commune, ValidFrom = "1/1/2024" } }));
        Assert.Equal(["unit.code", "unit.name", "unit.parent_code", "unit.valid_from"], bad.Detail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task The_lineage_of_Dak_Nong_leads_into_the_new_Lam_Dong()
    {
        var lineage = await server.CallAsync("op.gianghia", Rpc.GetUnitLineage, new GetUnitRequest { Code = "67" });
        Assert.Equal(["68"], lineage.SuccessorCodes);
        var merger = Assert.Single(lineage.Events, e => e.FromCode == "67");
        Assert.Equal((LineageEvent.Types.Kind.MergedInto, "2025-07-01"), (merger.Kind, merger.EffectiveDate));
        Assert.Contains("202/2025/QH15", merger.Basis, StringComparison.Ordinal);
    }
}
