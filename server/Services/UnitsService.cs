using Cchc.V1;
using CchcGrpc.Server.Auth;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Units;
using CchcGrpc.Server.Store;
using CchcGrpc.Server.Wire;
using DomainLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Server.Services;

/// <summary>cchc.v1.Units: the unit tree and its lineage.</summary>
public sealed class UnitsService(IUnitStore units, Authenticator authenticator, TimeProvider time)
{
    public static ServiceDescriptor Descriptor => UnitsReflection.Descriptor.Services[0];

    public async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        var who = await authenticator.RequireAsync(context);
        Authenticator.Demand(who, Operation.ReadUnits, null, "list units");
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

    public async Task<Unit> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var who = await authenticator.RequireAsync(context);
        Authenticator.Demand(who, Operation.ReadUnits, null, "read units");
        return ProtoMapping.ToProto(await FindAsync(request.Code, context.CancellationToken));
    }

    public async Task<Unit> CreateUnit(CreateUnitRequest request, ServerCallContext context)
    {
        var who = await authenticator.RequireAsync(context);
        Authenticator.Demand(who, Operation.ManageUnits, null, "create units");
        var unit = Validate(request.Unit ?? new Unit());
        try
        {
            return ProtoMapping.ToProto(await units.CreateAsync(unit, context.CancellationToken));
        }
        catch (StoreException ex)
        {
            throw Errors.From(ex);
        }
    }

    public async Task<UnitLineage> GetUnitLineage(GetUnitRequest request, ServerCallContext context)
    {
        var who = await authenticator.RequireAsync(context);
        Authenticator.Demand(who, Operation.ReadUnits, null, "read units");
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
            throw Errors.Invalid("code", "A unit code is required.");
        }
        return await units.GetAsync(code, cancellationToken) ?? throw Errors.NotFound($"Unit '{code}' does not exist.");
    }

    private static OrgUnit Validate(Unit unit)
    {
        var problems = new List<(string, string)>();
        if (unit.Code.Length == 0 || unit.Code.Any(c => char.IsWhiteSpace(c) || c == '/'))
        {
            problems.Add(("unit.code", "A code is required, without spaces or '/'."));
        }
        if (unit.Name.Trim().Length == 0)
        {
            problems.Add(("unit.name", "A name is required."));
        }
        var level = unit.Level == Cchc.V1.UnitLevel.Unspecified ? (DomainLevel?)null : ProtoMapping.ToDomain(unit.Level, "unit.level");
        if (level is null)
        {
            problems.Add(("unit.level", "A level is required."));
        }
        else if (level != DomainLevel.Province && unit.ParentCode.Length == 0)
        {
            problems.Add(("unit.parent_code", "Only a province has no parent."));
        }
        var from = ParseDate(unit.ValidFrom, "unit.valid_from", problems, required: true);
        var to = ParseDate(unit.ValidTo, "unit.valid_to", problems, required: false);
        if (from is not null && to is not null && to < from)
        {
            problems.Add(("unit.valid_to", "valid_to is before valid_from."));
        }
        if (problems.Count > 0)
        {
            throw Errors.Invalid($"The unit has {problems.Count} problem(s).", [.. problems]);
        }
        return new OrgUnit(unit.Code, unit.Name.Trim(), level!.Value, unit.ParentCode.Length == 0 ? null : unit.ParentCode, from!.Value, to);
    }

    private static DateOnly? ParseDate(string text, string field, List<(string, string)> problems, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add((field, "A date (YYYY-MM-DD) is required."));
            }
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }
        problems.Add((field, $"'{text}' is not a date in the form YYYY-MM-DD."));
        return null;
    }
}
