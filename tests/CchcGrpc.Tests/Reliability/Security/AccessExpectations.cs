namespace CchcGrpc.Tests.Reliability.Security;

/// <summary>
/// Who may call what on which unit, written down per method (not computed from the server's
/// policy): for each signed-in caller — op.gianghia, rv.gianghia, admin, svc.reader,
/// svc.gianghia — four letters for the unit the call is about: own (Gia Nghĩa 67.660), child (a
/// commune of it, 67.660.24611), parent (Đắk Nông 67) and other (Bình Thuận 60). Y: allowed; N:
/// PERMISSION_DENIED; R: PERMISSION_DENIED, or NOT_FOUND for a caller who may read the thing the
/// call is about and so learns only that it does not exist (an admin recording progress on a plan
/// that the sample data does not have). A method of a cchc.v1 descriptor missing here fails
/// <see cref="FullAccessMatrixTests.Every_method_of_every_service_has_an_expectation"/>: a new RPC
/// must say who may call it.
/// </summary>
public static class AccessExpectations
{
    public static readonly string[] Callers = ["op.gianghia", "rv.gianghia", "admin", "svc.reader", "svc.gianghia"];

    public static readonly (string Name, string Code)[] Targets = [("own", "67.660"), ("child", "67.660.24611"), ("parent", "67"), ("other", "60")];

    private const string Everyone = "YYYY YYYY YYYY YYYY YYYY";
    private const string UnitReaders = "YYYY YYYY YYYY YYYY NNNN";
    private const string ReportReaders = "YNNN YYNN YYYY YYYY NNNN";
    private const string ReportEditors = "YNNN NNNN NNNN NNNN YYNN";
    private const string Reviewers = "NNNN YYNN NNNN NNNN NNNN";
    // Operators compare their unit with its peers: the subtree of its parent.
    private const string AnalyticsReaders = "YYYN YYNN YYYY YYYY NNNN";
    private const string Administrators = "NNNN NNNN YYYY NNNN NNNN";
    // Plans: read as reports are (svc.reader has no plans.read); imported by the unit's operator or a reviewer covering it.
    private const string PlanReaders = "YNNN YYNN YYYY NNNN NNNN";
    private const string PlanImporters = "YNNN YYNN NNNN NNNN NNNN";
    // Indices: read as analytics are (svc.reader has no indices.read); results imported by admins and covering reviewers.
    private const string IndexReaders = "YYYN YYNN YYYY NNNN NNNN";
    private const string IndexImporters = "NNNN YYNN YYYY NNNN NNNN";

    /// <summary>Method full name → the letters above; "anonymous" for the one method that needs no token.</summary>
    public static readonly IReadOnlyDictionary<string, string> ByMethod = new Dictionary<string, string>
    {
        ["cchc.v1.Auth.Login"] = "anonymous",
        ["cchc.v1.Auth.WhoAmI"] = Everyone,
        ["cchc.v1.Auth.Logout"] = Everyone,
        ["cchc.v1.Units.ListUnits"] = UnitReaders,
        ["cchc.v1.Units.GetUnit"] = UnitReaders,
        ["cchc.v1.Units.GetUnitLineage"] = UnitReaders,
        ["cchc.v1.Units.CreateUnit"] = Administrators,
        ["cchc.v1.Catalog.GetCatalog"] = Everyone,
        ["cchc.v1.Catalog.ListCatalogVersions"] = Everyone,
        ["cchc.v1.Catalog.ListPeriods"] = Everyone,
        ["cchc.v1.Reports.GetReport"] = ReportReaders,
        ["cchc.v1.Reports.ListReports"] = ReportReaders,
        ["cchc.v1.Reports.ValidateReport"] = ReportReaders,
        ["cchc.v1.Reports.GetReportHistory"] = ReportReaders,
        ["cchc.v1.Reports.UpdateReportValues"] = ReportEditors,
        ["cchc.v1.Reports.SubmitReport"] = ReportEditors,
        ["cchc.v1.Reports.ApproveReport"] = Reviewers,
        ["cchc.v1.Reports.ReturnReport"] = Reviewers,
        ["cchc.v1.Imports.ImportValues"] = ReportEditors,
        ["cchc.v1.Analytics.RollUp"] = AnalyticsReaders,
        ["cchc.v1.Analytics.Compare"] = AnalyticsReaders,
        ["cchc.v1.Analytics.Trend"] = AnalyticsReaders,
        ["cchc.v1.Analytics.GetCompleteness"] = AnalyticsReaders,
        ["cchc.v1.Plans.ImportPlan"] = PlanImporters,
        ["cchc.v1.Plans.GetPlan"] = PlanReaders,
        ["cchc.v1.Plans.ListPlans"] = PlanReaders,
        ["cchc.v1.Plans.ListActivities"] = PlanReaders,
        ["cchc.v1.Plans.RecordProgress"] = "YNNN YYNN RRRR NNNN NNNN",
        ["cchc.v1.Plans.GetPlanProgress"] = PlanReaders,
        ["cchc.v1.Indices.ImportIndexResults"] = IndexImporters,
        ["cchc.v1.Indices.GetIndexResult"] = IndexReaders,
        ["cchc.v1.Indices.ListIndexResults"] = IndexReaders,
        ["cchc.v1.Indices.CompareIndex"] = IndexReaders,
        ["cchc.v1.Indices.TrendIndex"] = IndexReaders,
        ["cchc.v1.Indices.ImportCriterionPlan"] = PlanImporters,
        ["cchc.v1.Indices.GetCriterionPlan"] = IndexReaders,
    };

    /// <summary>Y, N or R (see above).</summary>
    public static char Expected(string method, string caller, string target)
    {
        var groups = ByMethod[method].Split(' ');
        return groups[Array.IndexOf(Callers, caller)][Array.FindIndex(Targets, t => t.Name == target)];
    }
}
