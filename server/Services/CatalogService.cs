using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Store;
using Grpc.Core;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Catalog: indicator catalog versions (cacheable by etag) and reporting periods.</summary>
public sealed class CatalogService(CatalogSet catalogs, ICatalogStore store, ReportingCalendar calendar, TimeProvider time) : Catalog.CatalogBase
{
    public override Task<GetCatalogResponse> GetCatalog(GetCatalogRequest request, ServerCallContext context)
    {
        var catalog = request.Version.Length == 0
            ? catalogs.Current
            : catalogs.Find(request.Version) ?? throw Errors.NotFound(ErrorReason.CatalogVersionNotFound,
                new($"Không có danh mục chỉ tiêu phiên bản '{request.Version}'.", $"Catalog version '{request.Version}' does not exist."));
        var response = new GetCatalogResponse { Version = catalog.Version, Etag = catalog.ETag };
        if (request.IfNoneMatch == catalog.ETag)
        {
            response.NotModified = true;
            return Task.FromResult(response);
        }
        response.Indicators.AddRange(catalog.Indicators.Select(CatalogMapping.ToProto));
        response.Rules.AddRange(catalog.Rules.Select(CatalogMapping.ToProto));
        return Task.FromResult(response);
    }

    public override async Task<ListCatalogVersionsResponse> ListCatalogVersions(ListCatalogVersionsRequest request, ServerCallContext context)
    {
        var response = new ListCatalogVersionsResponse();
        foreach (var record in await store.ListAsync(context.CancellationToken))
        {
            response.Versions.Add(new ListCatalogVersionsResponse.Types.Version
            {
                Version_ = record.Version,
                Etag = record.Etag,
                EffectiveFrom = ProtoMapping.Date(record.EffectiveFrom),
                InUse = record.InUse,
            });
        }
        return response;
    }

    public override Task<ListPeriodsResponse> ListPeriods(ListPeriodsRequest request, ServerCallContext context)
    {
        var (from, to) = request.FromYear == 0 && request.ToYear == 0 ? calendar.DefaultYearRange(time) : (request.FromYear, request.ToYear);
        if (from < PeriodId.MinYear || to > PeriodId.MaxYear || to < from || to - from > 50)
        {
            throw Errors.Invalid(new("Khoảng năm không hợp lệ.", "The year range is not valid."),
                new FieldProblem("from_year", new($"{from}: từ {PeriodId.MinYear}", $"{from}: from {PeriodId.MinYear}")),
                new FieldProblem("to_year", new($"{to}: không quá 50 năm sau from_year, đến {PeriodId.MaxYear}", $"{to}: at most 50 years after from_year, up to {PeriodId.MaxYear}")));
        }
        var kinds = request.Kinds.Select(k => k switch
        {
            Period.Types.Kind.Year => PeriodKind.Year,
            Period.Types.Kind.HalfYear => PeriodKind.HalfYear,
            Period.Types.Kind.NineMonths => PeriodKind.NineMonths,
            Period.Types.Kind.Quarter => PeriodKind.Quarter,
            _ => throw Errors.Invalid("kinds", new($"Loại kỳ báo cáo không xác định: {(int)k}.", $"Unknown period kind {(int)k}.")),
        }).ToList();
        var response = new ListPeriodsResponse();
        response.Periods.AddRange(calendar.PeriodsOf(from, to, kinds.Count == 0 ? null : kinds).Select(PeriodMapping.ToProto));
        return Task.FromResult(response);
    }
}
