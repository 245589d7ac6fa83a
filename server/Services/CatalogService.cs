using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Reporting;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Catalog: indicator catalog versions (cacheable by etag) and reporting periods.</summary>
public sealed class CatalogService(CatalogSet catalogs, ICatalogStore store, ReportingCalendar calendar, Authenticator authenticator, TimeProvider time)
{
    public static ServiceDescriptor Descriptor => CatalogReflection.Descriptor.Services[0];

    public async Task<GetCatalogResponse> GetCatalog(GetCatalogRequest request, ServerCallContext context)
    {
        await authenticator.RequireAsync(context);
        var catalog = request.Version.Length == 0
            ? catalogs.Current
            : catalogs.Find(request.Version) ?? throw Errors.NotFound($"Catalog version '{request.Version}' does not exist.");
        var response = new GetCatalogResponse { Version = catalog.Version, Etag = catalog.ETag };
        if (request.IfNoneMatch == catalog.ETag)
        {
            response.NotModified = true;
            return response;
        }
        response.Indicators.AddRange(catalog.Indicators.Select(CatalogMapping.ToProto));
        response.Rules.AddRange(catalog.Rules.Select(CatalogMapping.ToProto));
        return response;
    }

    public async Task<ListCatalogVersionsResponse> ListCatalogVersions(ListCatalogVersionsRequest request, ServerCallContext context)
    {
        await authenticator.RequireAsync(context);
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

    public async Task<ListPeriodsResponse> ListPeriods(ListPeriodsRequest request, ServerCallContext context)
    {
        await authenticator.RequireAsync(context);
        var (from, to) = request.FromYear == 0 && request.ToYear == 0 ? calendar.DefaultYearRange(time) : (request.FromYear, request.ToYear);
        if (from < PeriodId.MinYear || to > PeriodId.MaxYear || to < from || to - from > 50)
        {
            throw Errors.Invalid("The year range is not valid.", ("from_year", $"{from}"), ("to_year", $"{to}: at most 50 years after from_year"));
        }
        var kinds = request.Kinds.Select(k => k switch
        {
            Period.Types.Kind.Year => PeriodKind.Year,
            Period.Types.Kind.HalfYear => PeriodKind.HalfYear,
            Period.Types.Kind.NineMonths => PeriodKind.NineMonths,
            Period.Types.Kind.Quarter => PeriodKind.Quarter,
            _ => throw Errors.Invalid("kinds", $"Unknown period kind {(int)k}."),
        }).ToList();
        var response = new ListPeriodsResponse();
        response.Periods.AddRange(calendar.PeriodsOf(from, to, kinds.Count == 0 ? null : kinds).Select(PeriodMapping.ToProto));
        return response;
    }
}
