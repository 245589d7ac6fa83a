using System.Globalization;
using CchcGrpc.Server.Store;
using DomainLevel = CchcGrpc.Server.Domain.Units.UnitLevel;

namespace CchcGrpc.Server.Services;

/// <summary>Conversions between stored/domain records and cchc.v1 messages that several services share.</summary>
public static class ProtoMapping
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(decimal? value) => value is { } v ? Domain.Numbers.InvariantNumber.Format(v) : "";

    public static Cchc.V1.Principal ToProto(Domain.Access.Principal principal)
    {
        var proto = new Cchc.V1.Principal
        {
            UserName = principal.UserName,
            Role = (Cchc.V1.Role)(int)principal.Role,
            UnitCode = principal.UnitCode ?? "",
        };
        proto.Scopes.AddRange(principal.Scopes.Order(StringComparer.Ordinal));
        return proto;
    }

    public static Cchc.V1.Unit ToProto(StoredUnit stored) => new()
    {
        Code = stored.Unit.Code,
        Name = stored.Unit.Name,
        Level = (Cchc.V1.UnitLevel)(int)stored.Unit.Level,
        ParentCode = stored.Unit.ParentCode ?? "",
        ValidFrom = Date(stored.Unit.ValidFrom),
        ValidTo = stored.Unit.ValidTo is { } to ? Date(to) : "",
        ChildCount = stored.ChildCount,
    };

    /// <summary>A proto level as the domain's, or null for UNSPECIFIED; INVALID_ARGUMENT for values this server does not know.</summary>
    public static DomainLevel? ToDomain(Cchc.V1.UnitLevel level, string field) => level switch
    {
        Cchc.V1.UnitLevel.Unspecified => null,
        _ when Enum.IsDefined((DomainLevel)(int)level) => (DomainLevel)(int)level,
        _ => throw Errors.Invalid(field, new($"Cấp đơn vị không xác định: {(int)level}.", $"Unknown unit level {(int)level}.")),
    };
}
