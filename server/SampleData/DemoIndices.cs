using System.Text.Json;
using System.Text.Json.Serialization;
using CchcGrpc.Server.Domain.Indices;

namespace CchcGrpc.Server.SampleData;

/// <summary>
/// Demo index results in <c>SampleData/indices-demo.json</c> (embedded): invented PAR INDEX, PAPI,
/// PCI, SIPAS and DTI results for the sample province and some departments. The file says so, and
/// every result is marked demo; no number in it is a published result.
/// </summary>
public static class DemoIndices
{
    public const string ResourceName = "CchcGrpc.SampleData.indices-demo.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    public static IReadOnlyList<IndexResult> Load()
    {
        using var stream = typeof(DemoIndices).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The server assembly has no resource '{ResourceName}'.");
        var document = JsonSerializer.Deserialize<Document>(stream, Options) ?? throw new InvalidDataException("The demo indices document is empty.");
        return [.. document.Results.Select(r => new IndexResult(r.Kind, r.Unit, r.Year, r.Total, r.Rank, r.PeerCount,
            [.. r.Components.Select(c => new IndexComponent(c.Code, c.ParentCode, c.Name, c.MaxPoints, c.SelfAssessed, c.Appraised, c.Score))],
            document.Source, Demo: true))];
    }

    private sealed record Document(string About, string Source, IReadOnlyList<Entry> Results);

    private sealed record Entry(IndexKind Kind, string Unit, int Year, decimal? Total, int? Rank, int? PeerCount, IReadOnlyList<ComponentEntry> Components);

    private sealed record ComponentEntry(string Code, string Name, decimal? MaxPoints, decimal? SelfAssessed, decimal? Appraised, decimal? Score = null, string? ParentCode = null);
}
