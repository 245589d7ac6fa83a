using System.Globalization;
using System.Text.Json;
using Cchc.V1;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Client.Indices;

/// <summary>
/// A JSON file of index results, the shape of the server's demo file:
/// <c>{"source": "…", "demo": false, "results": [{"kind": "par", "unit": "67", "year": 2024, "total": 84.37,
/// "rank": 31, "peerCount": 63, "components": [{"code": "I", "name": "…", "maxPoints": 9, "selfAssessed": 8.5, "appraised": 8.25}]}]}</c>
/// (or the array alone). A result's own "source" and "demo" win over the file's. Numbers are JSON
/// numbers or invariant decimal strings; anything else is refused with the result it is in.
/// </summary>
public static class IndexResultsFile
{
    public static IReadOnlyList<IndexResult> Read(string path, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new SourceFormatException(path, (int)(e.LineNumber ?? 0) + 1, e.Message);
        }
        using (document)
        {
            var root = document.RootElement;
            var source = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("source", out var s) ? s.GetString() ?? "" : "";
            var demo = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("demo", out var d) && d.ValueKind == JsonValueKind.True;
            var items = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("results", out var r) && r.ValueKind == JsonValueKind.Array ? r
                : throw new SourceFormatException(path, 0, "expected an array of results or an object with \"results\"");
            var results = new List<IndexResult>();
            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                var where = $"results[{i++}]";
                var kindText = Text(item, "kind") ?? throw new SourceFormatException(path, 0, $"{where}: \"kind\" is missing");
                var result = new IndexResult
                {
                    Kind = IndexKinds.Parse(kindText) ?? throw new SourceFormatException(path, 0, $"{where}: kind \"{kindText}\" is not par, sipas, papi, pci or dti"),
                    UnitCode = Text(item, "unit") ?? Text(item, "unitCode") ?? throw new SourceFormatException(path, 0, $"{where}: \"unit\" is missing"),
                    Year = item.TryGetProperty("year", out var y) && y.TryGetInt32(out var year) ? year : throw new SourceFormatException(path, 0, $"{where}: \"year\" is missing"),
                    Total = Number(item, "total", path, where),
                    Rank = item.TryGetProperty("rank", out var k) && k.TryGetInt32(out var rank) ? rank : 0,
                    PeerCount = item.TryGetProperty("peerCount", out var p) && p.TryGetInt32(out var peers) ? peers : 0,
                    Source = Text(item, "source") ?? source,
                    Demo = item.TryGetProperty("demo", out var dm) ? dm.ValueKind == JsonValueKind.True : demo,
                };
                if (item.TryGetProperty("components", out var components) && components.ValueKind == JsonValueKind.Array)
                {
                    foreach (var c in components.EnumerateArray())
                    {
                        result.Components.Add(new IndexComponent
                        {
                            Code = Text(c, "code") ?? "",
                            ParentCode = Text(c, "parentCode") ?? "",
                            Name = Text(c, "name") ?? "",
                            MaxPoints = Number(c, "maxPoints", path, where),
                            SelfAssessed = Number(c, "selfAssessed", path, where),
                            Appraised = Number(c, "appraised", path, where),
                            Score = Number(c, "score", path, where),
                        });
                    }
                }
                results.Add(result);
            }
            return results;
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Number(JsonElement item, string name, string path, string where)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return "";
        if (value.ValueKind == JsonValueKind.Number)
            return value.GetDecimal().ToString(CultureInfo.InvariantCulture);
        if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            return parsed.ToString(CultureInfo.InvariantCulture);
        throw new SourceFormatException(path, 0, $"{where}: \"{name}\" is not a number");
    }
}
