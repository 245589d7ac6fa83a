using System.Text.Json;
using System.Text.Json.Serialization;
using CchcGrpc.Server.Domain.Units;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// The sample organisation in <c>SampleData/organisation.json</c> (embedded in the server assembly):
/// Tỉnh Đắk Nông with its 19 sở/ban/ngành, 8 districts and 71 communes from 2004-01-01 to
/// 2025-06-30, and the 2025 merger into Tỉnh Lâm Đồng as lineage. Which facts are real and which are
/// placeholders is recorded in the file's "provenance" section; in short, names, the 2025 merger and
/// the Gia Nghĩa ward mergers are real, codes are best-known GSO codes, and most successors of the
/// old communes are not modelled.
/// </summary>
public sealed record SampleOrganisation(IReadOnlyList<OrgUnit> Units, IReadOnlyList<LineageEvent> Lineage)
{
    public const string ResourceName = "CchcGrpc.SampleData.organisation.json";

    public const string DakNong = "67";
    public const string LamDong = "68";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The data embedded in the server assembly.</summary>
    public static SampleOrganisation Load()
    {
        using var stream = typeof(SampleOrganisation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The server assembly has no resource '{ResourceName}'.");
        return Read(stream);
    }

    /// <exception cref="InvalidDataException">The document is malformed or inconsistent; the message says where.</exception>
    public static SampleOrganisation Read(Stream json)
    {
        Document document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, Options) ?? throw new InvalidDataException("The organisation document is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The organisation document is malformed: {e.Message}", e);
        }

        var units = document.Units.Select(u => u.ValidTo < u.ValidFrom
            ? throw new InvalidDataException($"Unit '{u.Code}' ({u.Name}) ends on {u.ValidTo:yyyy-MM-dd}, before it starts on {u.ValidFrom:yyyy-MM-dd}.")
            : new OrgUnit(u.Code, u.Name, u.Level, u.Parent, u.ValidFrom, u.ValidTo)).ToList();
        var lineage = document.Lineage.Select(e => new LineageEvent(e.Kind, e.From, e.To, e.Effective, e.Basis)).ToList();
        var organisation = new SampleOrganisation(units, lineage);
        try
        {
            // Both constructors check references: parents, and the units lineage events name.
            _ = organisation.Hierarchy();
            _ = organisation.LineageGraph();
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The organisation document is inconsistent: {e.Message}", e);
        }

        return organisation;
    }

    public UnitHierarchy Hierarchy() => new(Units);

    public LineageGraph LineageGraph() => new(Units, Lineage);

    private sealed record Document(string About, JsonElement Provenance, IReadOnlyList<UnitEntry> Units, IReadOnlyList<EventEntry> Lineage);

    private sealed record UnitEntry(string Code, string Name, UnitLevel Level, string? Parent, DateOnly ValidFrom, DateOnly? ValidTo);

    private sealed record EventEntry(LineageKind Kind, string From, string To, DateOnly Effective, string Basis);
}
