using Cchc.V1;
using Grpc.Core;

namespace CchcGrpc.Tests.EndToEnd;

/// <summary>The cchc.v1.Plans and cchc.v1.Indices methods the end-to-end tests call.</summary>
public static class PlanRpc
{
    public static readonly Method<ImportPlanRequest, ImportPlanResponse> ImportPlan = Rpc.Of<ImportPlanRequest, ImportPlanResponse>(PlansReflection.Descriptor, "ImportPlan");
    public static readonly Method<GetPlanRequest, Plan> GetPlan = Rpc.Of<GetPlanRequest, Plan>(PlansReflection.Descriptor, "GetPlan");
    public static readonly Method<ListPlansRequest, ListPlansResponse> ListPlans = Rpc.Of<ListPlansRequest, ListPlansResponse>(PlansReflection.Descriptor, "ListPlans");
    public static readonly Method<ListActivitiesRequest, ListActivitiesResponse> ListActivities = Rpc.Of<ListActivitiesRequest, ListActivitiesResponse>(PlansReflection.Descriptor, "ListActivities");
    public static readonly Method<RecordProgressRequest, ActivityProgress> RecordProgress = Rpc.Of<RecordProgressRequest, ActivityProgress>(PlansReflection.Descriptor, "RecordProgress");
    public static readonly Method<GetPlanProgressRequest, PlanProgress> GetPlanProgress = Rpc.Of<GetPlanProgressRequest, PlanProgress>(PlansReflection.Descriptor, "GetPlanProgress");

    public static readonly Method<ImportIndexResultsRequest, ImportIndexResultsResponse> ImportIndexResults = Rpc.Of<ImportIndexResultsRequest, ImportIndexResultsResponse>(IndicesReflection.Descriptor, "ImportIndexResults");
    public static readonly Method<GetIndexResultRequest, IndexResult> GetIndexResult = Rpc.Of<GetIndexResultRequest, IndexResult>(IndicesReflection.Descriptor, "GetIndexResult");
    public static readonly Method<ListIndexResultsRequest, ListIndexResultsResponse> ListIndexResults = Rpc.Of<ListIndexResultsRequest, ListIndexResultsResponse>(IndicesReflection.Descriptor, "ListIndexResults");
    public static readonly Method<CompareIndexRequest, CompareIndexResponse> CompareIndex = Rpc.Of<CompareIndexRequest, CompareIndexResponse>(IndicesReflection.Descriptor, "CompareIndex");
    public static readonly Method<TrendIndexRequest, TrendIndexResponse> TrendIndex = Rpc.Of<TrendIndexRequest, TrendIndexResponse>(IndicesReflection.Descriptor, "TrendIndex");
    public static readonly Method<ImportCriterionPlanRequest, ImportCriterionPlanResponse> ImportCriterionPlan = Rpc.Of<ImportCriterionPlanRequest, ImportCriterionPlanResponse>(IndicesReflection.Descriptor, "ImportCriterionPlan");
    public static readonly Method<GetCriterionPlanRequest, CriterionPlan> GetCriterionPlan = Rpc.Of<GetCriterionPlanRequest, CriterionPlan>(IndicesReflection.Descriptor, "GetCriterionPlan");
}
