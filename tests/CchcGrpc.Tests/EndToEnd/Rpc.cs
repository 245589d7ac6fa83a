using Cchc.V1;
using CchcGrpc.Wire.Client;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>The cchc.v1 methods the end-to-end tests call, built once from the proto descriptors.</summary>
public static class Rpc
{
    public static readonly Method<LoginRequest, LoginResponse> Login = Of<LoginRequest, LoginResponse>(AuthReflection.Descriptor, "Login");
    public static readonly Method<WhoAmIRequest, Principal> WhoAmI = Of<WhoAmIRequest, Principal>(AuthReflection.Descriptor, "WhoAmI");
    public static readonly Method<ListUnitsRequest, ListUnitsResponse> ListUnits = Of<ListUnitsRequest, ListUnitsResponse>(UnitsReflection.Descriptor, "ListUnits");
    public static readonly Method<GetUnitRequest, Unit> GetUnit = Of<GetUnitRequest, Unit>(UnitsReflection.Descriptor, "GetUnit");
    public static readonly Method<CreateUnitRequest, Unit> CreateUnit = Of<CreateUnitRequest, Unit>(UnitsReflection.Descriptor, "CreateUnit");
    public static readonly Method<GetUnitRequest, UnitLineage> GetUnitLineage = Of<GetUnitRequest, UnitLineage>(UnitsReflection.Descriptor, "GetUnitLineage");
    public static readonly Method<GetCatalogRequest, GetCatalogResponse> GetCatalog = Of<GetCatalogRequest, GetCatalogResponse>(CatalogReflection.Descriptor, "GetCatalog");
    public static readonly Method<ListCatalogVersionsRequest, ListCatalogVersionsResponse> ListCatalogVersions = Of<ListCatalogVersionsRequest, ListCatalogVersionsResponse>(CatalogReflection.Descriptor, "ListCatalogVersions");
    public static readonly Method<ListPeriodsRequest, ListPeriodsResponse> ListPeriods = Of<ListPeriodsRequest, ListPeriodsResponse>(CatalogReflection.Descriptor, "ListPeriods");
    public static readonly Method<GetReportRequest, Report> GetReport = Of<GetReportRequest, Report>(ReportsReflection.Descriptor, "GetReport");
    public static readonly Method<ListReportsRequest, ListReportsResponse> ListReports = Of<ListReportsRequest, ListReportsResponse>(ReportsReflection.Descriptor, "ListReports");
    public static readonly Method<UpdateReportValuesRequest, UpdateReportValuesResponse> UpdateValues = Of<UpdateReportValuesRequest, UpdateReportValuesResponse>(ReportsReflection.Descriptor, "UpdateReportValues");
    public static readonly Method<ValidateReportRequest, ValidateReportResponse> Validate = Of<ValidateReportRequest, ValidateReportResponse>(ReportsReflection.Descriptor, "ValidateReport");
    public static readonly Method<ChangeReportStatusRequest, Report> Submit = Of<ChangeReportStatusRequest, Report>(ReportsReflection.Descriptor, "SubmitReport");
    public static readonly Method<ChangeReportStatusRequest, Report> Approve = Of<ChangeReportStatusRequest, Report>(ReportsReflection.Descriptor, "ApproveReport");
    public static readonly Method<ChangeReportStatusRequest, Report> Return = Of<ChangeReportStatusRequest, Report>(ReportsReflection.Descriptor, "ReturnReport");
    public static readonly Method<GetReportHistoryRequest, GetReportHistoryResponse> History = Of<GetReportHistoryRequest, GetReportHistoryResponse>(ReportsReflection.Descriptor, "GetReportHistory");
    public static readonly Method<RollUpRequest, RollUpResponse> RollUp = Of<RollUpRequest, RollUpResponse>(AnalyticsReflection.Descriptor, "RollUp");
    public static readonly Method<CompareRequest, CompareResponse> Compare = Of<CompareRequest, CompareResponse>(AnalyticsReflection.Descriptor, "Compare");
    public static readonly Method<TrendRequest, TrendResponse> Trend = Of<TrendRequest, TrendResponse>(AnalyticsReflection.Descriptor, "Trend");
    public static readonly Method<CompletenessRequest, Completeness> Completeness = Of<CompletenessRequest, Completeness>(AnalyticsReflection.Descriptor, "GetCompleteness");

    private static Method<TRequest, TResponse> Of<TRequest, TResponse>(FileDescriptor file, string name)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        Method<TRequest, TResponse>.From(file.Services[0].FindMethodByName(name));
}
