using Cchc.V1;
using CchcGrpc.Wire;
using CchcGrpc.Wire.Client;

namespace CchcGrpc.Client.Connection;

/// <summary>The cchc.v1 methods the client calls, as named in the protos.</summary>
public static class CchcMethods
{
    public static readonly Method<LoginRequest, LoginResponse> Login = Unary<LoginRequest, LoginResponse>("Auth", "Login", LoginResponse.Parser);
    public static readonly Method<ListUnitsRequest, ListUnitsResponse> ListUnits = Unary<ListUnitsRequest, ListUnitsResponse>("Units", "ListUnits", ListUnitsResponse.Parser);
    public static readonly Method<GetUnitRequest, Unit> GetUnit = Unary<GetUnitRequest, Unit>("Units", "GetUnit", Unit.Parser);
    public static readonly Method<GetCatalogRequest, GetCatalogResponse> GetCatalog = Unary<GetCatalogRequest, GetCatalogResponse>("Catalog", "GetCatalog", GetCatalogResponse.Parser);
    public static readonly Method<GetReportRequest, Report> GetReport = Unary<GetReportRequest, Report>("Reports", "GetReport", Report.Parser);
    public static readonly Method<RollUpRequest, RollUpResponse> RollUp = Unary<RollUpRequest, RollUpResponse>("Analytics", "RollUp", RollUpResponse.Parser);
    public static readonly Method<CompareRequest, CompareResponse> Compare = Unary<CompareRequest, CompareResponse>("Analytics", "Compare", CompareResponse.Parser);
    public static readonly Method<TrendRequest, TrendResponse> Trend = Unary<TrendRequest, TrendResponse>("Analytics", "Trend", TrendResponse.Parser);

    public static readonly Method<ImportBatch, ImportResult> ImportValues =
        new(MethodType.ClientStreaming, "cchc.v1.Imports", "ImportValues", ImportResult.Parser);

    private static Method<TReq, TRes> Unary<TReq, TRes>(string service, string name, Google.Protobuf.MessageParser<TRes> parser)
        where TReq : class, Google.Protobuf.IMessage<TReq>
        where TRes : class, Google.Protobuf.IMessage<TRes> =>
        new(MethodType.Unary, "cchc.v1." + service, name, parser);
}
