using System.Globalization;
using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Indices;
using CchcGrpc.Server.Domain.Indices.Parsing;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using Grpc.Core;
using DomainIndexResult = CchcGrpc.Server.Domain.Indices.IndexResult;
using IndexResult = Cchc.V1.IndexResult;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Indices: PAR INDEX, SIPAS, PAPI, PCI and DTI results per unit and year, their trend and comparison, and criterion plans.</summary>
public sealed class IndicesService(IIndexStore indices, IUnitStore units, TimeProvider time) : Indices.IndicesBase
{
    private const int MaxResultsPerImport = 5000;

    public override async Task<ImportIndexResultsResponse> ImportIndexResults(ImportIndexResultsRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        if (request.Results.Count == 0 || request.Results.Count > MaxResultsPerImport)
        {
            throw Errors.Invalid("results", new($"Mỗi lần nhập từ 1 đến {MaxResultsPerImport} kết quả.", $"Import 1 to {MaxResultsPerImport} results at a time."));
        }
        var problems = new List<FieldProblem>();
        var results = new List<DomainIndexResult>();
        var seen = new HashSet<(Domain.Indices.IndexKind, string, int)>();
        for (var i = 0; i < request.Results.Count; i++)
        {
            var field = $"results[{i}]";
            var proto = request.Results[i];
            if (proto.Kind == Cchc.V1.IndexKind.Unspecified || !Enum.IsDefined((Domain.Indices.IndexKind)(int)proto.Kind))
            {
                problems.Add(new($"{field}.kind", new("Hãy chọn chỉ số: PAR INDEX, SIPAS, PAPI, PCI hoặc DTI.", "Choose an index: PAR INDEX, SIPAS, PAPI, PCI or DTI.")));
                continue;
            }
            var unit = await units.GetAsync(proto.UnitCode, context.CancellationToken);
            if (unit is null)
            {
                problems.Add(new($"{field}.unit_code", new($"Đơn vị '{proto.UnitCode}' không tồn tại.", $"Unit '{proto.UnitCode}' does not exist.")));
                continue;
            }
            Authenticator.Demand(who, Operation.ImportIndex, unit.Path, new($"nhập kết quả chỉ số của {unit.Unit.Code}", $"import index results of {unit.Unit.Code}"), unit.Unit.Code);
            var result = IndexMapping.ToDomain(proto, field, problems);
            problems.AddRange(IndexResultRules.Check(result).Select(p => new FieldProblem(p.Field == "kind" ? $"{field}.kind" : $"{field}.{p.Field}", p.Problem)));
            if (!seen.Add((result.Kind, result.UnitCode, result.Year)))
            {
                problems.Add(new(field, new($"{IndexKinds.Code(result.Kind)} {result.UnitCode} {result.Year} được nêu hai lần.", $"{IndexKinds.Code(result.Kind)} {result.UnitCode} {result.Year} is given twice.")));
            }
            results.Add(result);
        }
        if (problems.Count > 0)
        {
            // The sentence names each problem (a client that prints only the message still says what to fix).
            throw Errors.InvalidValues(new($"{problems.Count} lỗi trong kết quả chỉ số; không có gì được ghi: {string.Join(" ", problems.Select(p => $"{p.Field}: {p.Description.Vi}"))}",
                $"{problems.Count} problem(s) in the index results; nothing was written: {string.Join(" ", problems.Select(p => $"{p.Field}: {p.Description.En}"))}"), problems);
        }
        var response = new ImportIndexResultsResponse();
        if (request.ValidateOnly)
        {
            foreach (var r in results)
            {
                var held = await indices.GetResultAsync(r.Kind, r.UnitCode, r.Year, context.CancellationToken);
                response.Outcomes.Add(held is null ? Cchc.V1.ImportOutcome.Created : held.Result.SameContent(r) ? Cchc.V1.ImportOutcome.Unchanged : Cchc.V1.ImportOutcome.Revised);
            }
            return response;
        }
        try
        {
            response.Outcomes.AddRange((await indices.SaveResultsAsync(results, who.UserName, time.GetUtcNow(), context.Deadline, context.CancellationToken)).Select(PlanMapping.ToProto));
        }
        catch (StoreException ex)
        {
            throw Errors.From(ex);
        }
        return response;
    }

    public override async Task<IndexResult> GetIndexResult(GetIndexResultRequest request, ServerCallContext context)
    {
        FieldMasks.Check(IndexResult.Descriptor, request.ReadMask, "read_mask");
        var kind = IndexMapping.Kind(request.Kind, "kind");
        var unit = await ReadableUnitAsync(request.UnitCode, context);
        var stored = await indices.GetResultAsync(kind, unit.Unit.Code, request.Year, context.CancellationToken)
            ?? throw Errors.NotFound(ErrorReason.IndexResultNotFound, new($"Chưa có kết quả {IndexKinds.Code(kind)} năm {request.Year} của {unit.Unit.Code}.", $"No {IndexKinds.Code(kind)} result for {unit.Unit.Code} in {request.Year}."));
        return FieldMasks.Apply(IndexMapping.ToProto(stored), request.ReadMask);
    }

    public override async Task<ListIndexResultsResponse> ListIndexResults(ListIndexResultsRequest request, ServerCallContext context)
    {
        FieldMasks.Check(IndexResult.Descriptor, request.ReadMask, "read_mask");
        Domain.Indices.IndexKind? kind = request.Kind == Cchc.V1.IndexKind.Unspecified ? null : IndexMapping.Kind(request.Kind, "kind");
        var who = Caller.Of(context);
        var unit = await ReadableUnitAsync(request.UnitCode, context);
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Decode(request.PageToken) is { } cursor && long.TryParse(cursor, CultureInfo.InvariantCulture, out var id) ? id : 0;
        var (from, to) = Years(request.FromYear, request.ToYear);
        var withComponents = request.ReadMask?.Paths.Contains("components") == true;
        var (page, total) = await indices.ListResultsAsync(new IndexQuery(kind, unit.Path, request.IncludeSubtree, from, to, after, size + 1), withComponents, context.CancellationToken);
        var mask = request.ReadMask?.Paths.Count > 0 ? request.ReadMask : WithoutComponents;
        var response = new ListIndexResultsResponse { TotalSize = total };
        response.Results.AddRange(page.Take(size).Where(r => AccessPolicy.Allows(who, Operation.ReadIndex, r.UnitPath)).Select(r => FieldMasks.Apply(IndexMapping.ToProto(r), mask)));
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public override async Task<CompareIndexResponse> CompareIndex(CompareIndexRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var kind = IndexMapping.Kind(request.Kind, "kind");
        var level = ProtoMapping.ToDomain(request.Level, "level");
        List<StoredUnit> compared;
        if (request.UnitsCase == CompareIndexRequest.UnitsOneofCase.UnitList)
        {
            compared = [];
            foreach (var code in request.UnitList.Codes.Distinct(StringComparer.Ordinal))
            {
                compared.Add(await units.GetAsync(code, context.CancellationToken)
                    ?? throw Errors.Invalid("unit_list", new($"Đơn vị '{code}' không tồn tại.", $"Unit '{code}' does not exist.")));
            }
        }
        else if (request.UnitsCase == CompareIndexRequest.UnitsOneofCase.DescendantsOf)
        {
            var root = await units.GetAsync(request.DescendantsOf, context.CancellationToken)
                ?? throw Errors.Invalid("descendants_of", new($"Đơn vị '{request.DescendantsOf}' không tồn tại.", $"Unit '{request.DescendantsOf}' does not exist."));
            // The root too: a unit with nothing below it must not answer an empty list to a caller who may not read it.
            Authenticator.Demand(who, Operation.ReadIndex, root.Path, new($"so sánh chỉ số các đơn vị thuộc {root.Unit.Code}", $"compare the indices of units under {root.Unit.Code}"), root.Unit.Code);
            compared = [.. (await units.GetDescendantsAsync(root.Unit.Code, level is null ? null : [level.Value], context.CancellationToken))
                .Where(u => level is not null || u.Unit.ParentCode == root.Unit.Code)];
        }
        else
        {
            throw Errors.Invalid("units", new("Hãy nêu các đơn vị cần so sánh (descendants_of hoặc unit_list).", "Name the units to compare (descendants_of or unit_list)."));
        }
        compared = [.. compared.Where(u => level is null || u.Unit.Level == level)];
        foreach (var unit in compared)
        {
            Authenticator.Demand(who, Operation.ReadIndex, unit.Path, new($"xem chỉ số của {unit.Unit.Code}", $"read the indices of {unit.Unit.Code}"), unit.Unit.Code);
        }
        var found = new List<StoredIndexResult>();
        foreach (var unit in compared)
        {
            if (await indices.GetResultAsync(kind, unit.Unit.Code, request.Year, context.CancellationToken) is { } r)
            {
                found.Add(r);
            }
        }
        var names = compared.ToDictionary(u => u.Unit.Code, u => u.Unit.Name, StringComparer.Ordinal);
        var demo = found.ToDictionary(r => r.Result.UnitCode, r => r.Result.Demo, StringComparer.Ordinal);
        var response = new CompareIndexResponse { Kind = request.Kind, Year = request.Year };
        response.Standings.AddRange(IndexAnalytics.Compare(found.Select(f => f.Result)).Select(s => new Cchc.V1.IndexStanding
        {
            UnitCode = s.UnitCode,
            UnitName = names.GetValueOrDefault(s.UnitCode, ""),
            Total = ProtoMapping.Number(s.Total),
            Position = s.Position ?? 0,
            PublishedRank = s.PublishedRank ?? 0,
            PublishedPeers = s.PublishedPeers ?? 0,
            Demo = demo.GetValueOrDefault(s.UnitCode),
        }));
        response.Missing.AddRange(compared.Select(u => u.Unit.Code).Where(c => !demo.ContainsKey(c)).Order(StringComparer.Ordinal));
        return response;
    }

    public override async Task<TrendIndexResponse> TrendIndex(TrendIndexRequest request, ServerCallContext context)
    {
        var kind = IndexMapping.Kind(request.Kind, "kind");
        var unit = await ReadableUnitAsync(request.UnitCode, context);
        var (from, to) = Years(request.FromYear, request.ToYear);
        var sources = new List<StoredUnit> { unit };
        LineageGraph? graph = null;
        if (request.FollowLineage)
        {
            var all = await units.GetDescendantsAsync(null, null, context.CancellationToken);
            graph = new LineageGraph(all.Select(u => u.Unit), await units.GetLineageAsync(context.CancellationToken));
            var byCode = all.ToDictionary(u => u.Unit.Code, StringComparer.Ordinal);
            sources.AddRange(graph.Predecessors(unit.Unit.Code).Where(c => c != unit.Unit.Code && byCode.ContainsKey(c)).Select(c => byCode[c]));
        }
        var results = new List<StoredIndexResult>();
        foreach (var source in sources)
        {
            var (found, _) = await indices.ListResultsAsync(new IndexQuery(kind, source.Path, false, from, to, 0, 1000), false, context.CancellationToken);
            // A predecessor's result counts for the years it stood for this unit.
            results.AddRange(found.Where(r => source == unit || graph!.ReportingUnitsFor(unit.Unit.Code, new DateOnly(r.Result.Year, 12, 31)).Contains(r.Result.UnitCode)));
        }
        var demo = results.ToDictionary(r => (r.Result.UnitCode, r.Result.Year), r => r.Result.Demo);
        var response = new TrendIndexResponse { Kind = request.Kind, UnitCode = unit.Unit.Code };
        response.Points.AddRange(results.GroupBy(r => r.Result.UnitCode, StringComparer.Ordinal)
            .SelectMany(g => IndexAnalytics.Trend(g.Select(r => r.Result)).Select(p => (Unit: g.Key, Point: p)))
            .OrderBy(x => x.Point.Year).ThenBy(x => x.Unit == unit.Unit.Code ? 0 : 1).ThenBy(x => x.Unit, StringComparer.Ordinal)
            .Select(x => new Cchc.V1.IndexTrendPoint
            {
                Year = x.Point.Year,
                UnitCode = x.Unit,
                Total = ProtoMapping.Number(x.Point.Total),
                Rank = x.Point.Rank ?? 0,
                PeerCount = x.Point.PeerCount ?? 0,
                TotalDelta = ProtoMapping.Number(x.Point.TotalDelta),
                RankDelta = x.Point.RankDelta ?? 0,
                HasRankDelta = x.Point.RankDelta is not null,
                Demo = demo.GetValueOrDefault((x.Unit, x.Point.Year)),
            }));
        return response;
    }

    public override async Task<ImportCriterionPlanResponse> ImportCriterionPlan(ImportCriterionPlanRequest request, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var unit = await units.GetAsync(request.UnitCode, context.CancellationToken)
            ?? throw Errors.Invalid("unit_code", new($"Đơn vị '{request.UnitCode}' không tồn tại.", $"Unit '{request.UnitCode}' does not exist."));
        Authenticator.Demand(who, Operation.ImportCriterionPlan, unit.Path, new($"nhập kế hoạch cải thiện chỉ số của {unit.Unit.Code}", $"import the criterion plans of {unit.Unit.Code}"), unit.Unit.Code);
        if (request.Text.Trim().Length == 0)
        {
            throw Errors.Invalid("text", new("Văn bản trống.", "The document is empty."));
        }
        var reading = CriterionPlanReader.Read(request.Text);
        if (reading.Tables.Count == 0)
        {
            throw Errors.Invalid("text", new("Không thấy bảng tiêu chí nào (mục nêu tên chỉ số, rồi bảng Tiêu chí / Nhiệm vụ / Kết quả); không có gì được ghi.",
                "No criteria table found (a heading naming the index, then a criterion / task / result table); nothing was written."));
        }
        if (request.Year == 0 && reading.DocumentYear is null && reading.Tables.Any(t => t.Year is null))
        {
            throw Errors.Invalid("year", new("Cả tiêu đề văn bản lẫn tiêu đề bảng đều không nêu năm; hãy cho biết năm.", "Neither the document's title nor a table's heading names the year; give the year."));
        }
        var year = request.Year != 0 ? request.Year : reading.DocumentYear ?? reading.Tables.First(t => t.Year is not null).Year!.Value;
        var plans = reading.ToPlans(unit.Unit.Code, year);
        var language = CallerLanguage.Of(context);
        var response = new ImportCriterionPlanResponse();
        response.Plans.AddRange(plans.Select(IndexMapping.ToProto));
        response.Notes.AddRange(reading.Notes.Select(n => new ReadingLine { Line = n.Line, Message = n.Text.In(language) }));
        response.Unparsed.AddRange(reading.Unparsed.Select(u => new ReadingLine { Line = u.Line, Text = u.Text, Message = u.Reason.In(language) }));
        foreach (var plan in plans)
        {
            if (request.ValidateOnly)
            {
                var held = await indices.GetCriterionPlanAsync(plan.Kind, plan.UnitCode, plan.Year, context.CancellationToken);
                response.Outcomes.Add(held is null ? Cchc.V1.ImportOutcome.Created
                    : held.Value.Plan.Title == plan.Title && System.Text.Json.JsonSerializer.Serialize(held.Value.Plan.Criteria) == System.Text.Json.JsonSerializer.Serialize(plan.Criteria)
                        ? Cchc.V1.ImportOutcome.Unchanged : Cchc.V1.ImportOutcome.Revised);
                continue;
            }
            response.Outcomes.Add(PlanMapping.ToProto(await indices.SaveCriterionPlanAsync(plan, who.UserName, time.GetUtcNow(), context.Deadline, context.CancellationToken)));
        }
        return response;
    }

    public override async Task<Cchc.V1.CriterionPlan> GetCriterionPlan(GetCriterionPlanRequest request, ServerCallContext context)
    {
        var kind = IndexMapping.Kind(request.Kind, "kind");
        var unit = await ReadableUnitAsync(request.UnitCode, context);
        var found = await indices.GetCriterionPlanAsync(kind, unit.Unit.Code, request.Year, context.CancellationToken)
            ?? throw Errors.NotFound(ErrorReason.PlanNotFound, new($"Chưa có kế hoạch cải thiện {IndexKinds.Code(kind)} năm {request.Year} của {unit.Unit.Code}.", $"No {IndexKinds.Code(kind)} improvement plan for {unit.Unit.Code} in {request.Year}."));
        return IndexMapping.ToProto(found.Plan);
    }

    private static readonly Google.Protobuf.WellKnownTypes.FieldMask WithoutComponents = new()
    {
        Paths = { "kind", "unit_code", "year", "total", "rank", "peer_count", "source", "demo", "imported_at", "imported_by" },
    };

    private async Task<StoredUnit> ReadableUnitAsync(string code, ServerCallContext context)
    {
        var who = Caller.Of(context);
        var unit = await units.GetAsync(code, context.CancellationToken)
            ?? throw Errors.Invalid("unit_code", new($"Đơn vị '{code}' không tồn tại.", $"Unit '{code}' does not exist."));
        Authenticator.Demand(who, Operation.ReadIndex, unit.Path, new($"xem chỉ số của {unit.Unit.Code}", $"read the indices of {unit.Unit.Code}"), unit.Unit.Code);
        return unit;
    }

    private static (int From, int To) Years(int from, int to)
    {
        var (f, t) = (from == 0 ? PeriodId.MinYear : from, to == 0 ? PeriodId.MaxYear : to);
        return f <= t ? (f, t) : throw Errors.Invalid("from_year", new($"Năm đầu {f} sau năm cuối {t}.", $"The first year {f} is after the last {t}."));
    }
}
