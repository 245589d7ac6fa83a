using Cchc.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>The cchc.v1 methods the end-to-end tests call, built once from the proto descriptors.</summary>
public static class Rpc
{
    public static readonly Method<LoginRequest, LoginResponse> Login = Of<LoginRequest, LoginResponse>(AuthReflection.Descriptor, "Login");
    public static readonly Method<WhoAmIRequest, Principal> WhoAmI = Of<WhoAmIRequest, Principal>(AuthReflection.Descriptor, "WhoAmI");
    public static readonly Method<LogoutRequest, LogoutResponse> Logout = Of<LogoutRequest, LogoutResponse>(AuthReflection.Descriptor, "Logout");
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
    public static readonly Method<ImportBatch, ImportResult> ImportValues = Of<ImportBatch, ImportResult>(ImportsReflection.Descriptor, "ImportValues");

    /// <summary>A typed method of a proto service, as the generated clients build theirs (which are private).</summary>
    public static Method<TRequest, TResponse> Of<TRequest, TResponse>(FileDescriptor file, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var method = file.Services[0].FindMethodByName(name) ?? throw new ArgumentException($"{file.Name} has no method {name}.");
        var type = (method.IsClientStreaming, method.IsServerStreaming) switch
        {
            (false, false) => MethodType.Unary,
            (true, false) => MethodType.ClientStreaming,
            (false, true) => MethodType.ServerStreaming,
            _ => MethodType.DuplexStreaming,
        };
        return new Method<TRequest, TResponse>(type, method.Service.FullName, method.Name, Marshaller<TRequest>(), Marshaller<TResponse>());
    }

    private static Marshaller<T> Marshaller<T>()
        where T : class, IMessage<T>, new()
    {
        var parser = new MessageParser<T>(() => new T());
        return Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);
    }
}
