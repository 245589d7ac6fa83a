using System.Text.Json;
using System.Text.RegularExpressions;
using CchcGrpc.Tests.EndToEnd;

namespace CchcGrpc.Tests.Cli;

/// <summary>What the verbs print against the real server: one JSON naming style for all, and a hint where a list is empty only because its units were dissolved.</summary>
public sealed partial class ReadingVerbsOverTheWireTests(ReportingServer server) : IClassFixture<ReportingServer>, IDisposable
{
    private readonly CliHarness _cli = new();

    private string Address => server.App.Address.ToString().TrimEnd('/');

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Units_of_the_abolished_district_level_answer_with_a_hint_to_include_the_dissolved_ones()
    {
        Assert.Equal(0, await Cchc("rv.daknong", "units", "--level", "district"));
        Assert.Equal("code\tname\tlevel\tparent\tvalid_from\tvalid_to\tchildren\n", _cli.Out.ReplaceLineEndings("\n"));
        Assert.Equal("cchc: cấp huyện đã bị bãi bỏ từ ngày 01/7/2025 nên không còn đơn vị cấp huyện nào đang hoạt động; thêm --include-dissolved để xem các đơn vị cấp huyện trước đây.",
            _cli.Error.Trim());

        Assert.Equal(0, await Cchc("rv.daknong", "units", "--level", "huyện", "--lang", "en", "--output", "json"));
        Assert.Equal("[]", _cli.Out.Trim());
        Assert.Contains("the district level was abolished on 1 July 2025", _cli.Error, StringComparison.Ordinal);

        Assert.Equal(0, await Cchc("rv.daknong", "units", "--level", "district", "--include-dissolved", "--output", "csv"));
        Assert.Contains("67.660,Thành phố Gia Nghĩa,district,67,2004-01-01,2025-06-30,", _cli.Out, StringComparison.Ordinal);
        Assert.Equal("", _cli.Error);
    }

    [Fact]
    public async Task A_list_that_is_empty_because_its_units_were_dissolved_says_so()
    {
        // Đắk Nông's departments ended with the province in the 2025 merger.
        Assert.Equal(0, await Cchc("rv.daknong", "units", "--parent", "67", "--level", "department", "--lang", "en"));
        Assert.Equal("cchc: only units that no longer exist match; add --include-dissolved to list them.", _cli.Error.Trim());
    }

    [Fact]
    public async Task Every_verb_writes_its_JSON_keys_in_lowerCamelCase_like_the_protos_JSON_mapping()
    {
        var csv = Path.Combine(_cli.ConfigHome, "values.csv");
        await File.WriteAllTextAsync(csv, "unit,period,indicator,value,note\n67.660,2022,I.1,3,\n67.660,2022,I.99,4,\n");
        (string User, string[] Line, int Exit)[] runs =
        [
            ("rv.daknong", ["units", "--parent", "67", "--include-dissolved"], 0),
            ("rv.daknong", ["report", "show", "reports/67/2023"], 0),
            ("rv.daknong", ["rollup", "--unit", "67", "--period", "2023", "--indicator", "III.3.1"], 0),
            ("rv.daknong", ["compare", "--period", "2023", "--parent", "67", "--level", "district", "--indicator", "III.3.1"], 0),
            ("rv.daknong", ["trend", "--unit", "67", "--indicator", "III.3.1", "--from", "2022", "--to", "2024"], 0),
            ("rv.daknong", ["export", "--unit", "67", "--period", "2023", "--format", "json"], 0),
            ("op.gianghia", ["import", csv, "--dry-run"], 1),
        ];
        var keysByVerb = new Dictionary<string, HashSet<string>>();
        foreach (var (user, line, exit) in runs)
        {
            Assert.True(exit == await Cchc(user, [.. line, "--output", "json"]), $"{string.Join(' ', line)}: {_cli.Error}");
            using var json = JsonDocument.Parse(_cli.Out);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            Collect(json.RootElement, keys);
            Assert.NotEmpty(keys);
            Assert.All(keys, key => Assert.Matches(LowerCamelCase(), key));
            keysByVerb[line[0]] = keys;
        }
        Assert.Contains("validFrom", keysByVerb["units"]);
        Assert.Contains("validTo", keysByVerb["units"]);
        Assert.Contains("sourceFile", keysByVerb["import"]);
        Assert.Contains("replayedBatches", keysByVerb["import"]);
    }

    private Task<int> Cchc(string user, params string[] line) => _cli.RunAsync([.. line, "--server", Address, "--token", server.TokenOf(user)]);

    private static void Collect(JsonElement element, HashSet<string> keys)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                keys.Add(property.Name);
                Collect(property.Value, keys);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, keys);
        }
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex LowerCamelCase();
}
