using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using Grpc.Core;
using DomainLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Units: the unit tree and its lineage.</summary>
public sealed class UnitsService(IUnitStore units, TimeProvider time) : Units.UnitsBase
{
    private static readonly Domain.Text.LocalizedText ReadUnitsAction = new("xem danh sách đơn vị", "read units");

    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        Authenticator.Demand(Caller.Of(context), Operation.ReadUnits, null, ReadUnitsAction);
        var size = PageToken.Size(request.PageSize);
        var query = new UnitQuery(
            ProtoMapping.ToDomain(request.Level, "level"),
            request.ParentCode.Length == 0 ? null : request.ParentCode,
            request.IncludeDissolved,
            DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            PageToken.Decode(request.PageToken),
            size + 1);
        var (page, total) = await units.ListAsync(query, context.CancellationToken);
        var response = new ListUnitsResponse { TotalSize = total };
        response.Units.AddRange(page.Take(size).Select(ProtoMapping.ToProto));
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(page[size - 1].Unit.Code);
        }
        return response;
    }

    public override async Task<Unit> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        Authenticator.Demand(Caller.Of(context), Operation.ReadUnits, null, ReadUnitsAction);
        return ProtoMapping.ToProto(await FindAsync(request.Code, context.CancellationToken));
    }

    public override async Task<Unit> CreateUnit(CreateUnitRequest request, ServerCallContext context)
    {
        Authenticator.Demand(Caller.Of(context), Operation.ManageUnits, null, new("tạo đơn vị", "create units"));
        var unit = Validate(request.Unit ?? new Unit());
        return ProtoMapping.ToProto(await units.CreateAsync(unit, context.Deadline, context.CancellationToken));
    }

    public override async Task<UnitLineage> GetUnitLineage(GetUnitRequest request, ServerCallContext context)
    {
        Authenticator.Demand(Caller.Of(context), Operation.ReadUnits, null, ReadUnitsAction);
        var unit = await FindAsync(request.Code, context.CancellationToken);
        var all = await units.GetDescendantsAsync(null, null, context.CancellationToken);
        var graph = new LineageGraph(all.Select(u => u.Unit), await units.GetLineageAsync(context.CancellationToken));
        var response = new UnitLineage { Code = unit.Unit.Code };
        response.PredecessorCodes.AddRange(graph.Predecessors(unit.Unit.Code));
        response.SuccessorCodes.AddRange(graph.Successors(unit.Unit.Code));
        response.Events.AddRange(graph.EventsAround(unit.Unit.Code).Select(e => new Cchc.V1.LineageEvent
        {
            Kind = (Cchc.V1.LineageEvent.Types.Kind)(int)e.Kind,
            FromCode = e.FromCode,
            ToCode = e.ToCode,
            EffectiveDate = ProtoMapping.Date(e.EffectiveDate),
            Basis = e.Basis,
        }));
        return response;
    }

    private async Task<StoredUnit> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (code.Length == 0)
        {
            throw Errors.Invalid("code", new("Cần mã đơn vị.", "A unit code is required."));
        }
        return await units.GetAsync(code, cancellationToken) ?? throw Errors.NotFound(ErrorReason.UnitNotFound, new($"Đơn vị '{code}' không tồn tại.", $"Unit '{code}' does not exist."));
    }

    private static OrgUnit Validate(Unit unit)
    {
        var problems = new List<FieldProblem>();
        if (unit.Code.Length == 0 || unit.Code.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            problems.Add(new("unit.code", new("Cần mã đơn vị, không có khoảng trắng hay '/'.", "A code is required, without spaces or '/'.")));
        }
        if (unit.Name.Trim().Length == 0)
        {
            problems.Add(new("unit.name", new("Cần tên đơn vị.", "A name is required.")));
        }
        var level = unit.Level == Cchc.V1.UnitLevel.Unspecified ? (DomainLevel?)null : ProtoMapping.ToDomain(unit.Level, "unit.level");
        if (level is null)
        {
            problems.Add(new("unit.level", new("Cần cấp đơn vị.", "A level is required.")));
        }
        else if (level != DomainLevel.Province && unit.ParentCode.Length == 0)
        {
            problems.Add(new("unit.parent_code", new("Chỉ cấp tỉnh mới không có đơn vị cấp trên.", "Only a province has no parent.")));
        }
        var from = ParseDate(unit.ValidFrom, "unit.valid_from", problems, required: true);
        var to = ParseDate(unit.ValidTo, "unit.valid_to", problems, required: false);
        if (from is not null && to is not null && to < from)
        {
            problems.Add(new("unit.valid_to", new("valid_to đứng trước valid_from.", "valid_to is before valid_from.")));
        }
        if (problems.Count > 0)
        {
            throw Errors.Invalid(new($"Đơn vị có {problems.Count} chỗ sai.", $"The unit has {problems.Count} problem(s)."), [.. problems]);
        }
        return new OrgUnit(unit.Code, unit.Name.Trim(), level!.Value, unit.ParentCode.Length == 0 ? null : unit.ParentCode, from!.Value, to);
    }

    private static DateOnly? ParseDate(string text, string field, List<FieldProblem> problems, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add(new(field, new("Cần một ngày (YYYY-MM-DD).", "A date (YYYY-MM-DD) is required.")));
            }
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add(new(field, new($"'{text}' không phải ngày dạng YYYY-MM-DD.", $"'{text}' is not a date in the form YYYY-MM-DD.")));
        return null;
    }
}
